rows = [("Widget", 4, 3.5), ("Gadget", 10, 12.25), ("Thingamajig", 1, 999.999)]
print(f"{'Item':<12}{'Qty':>5}{'Price':>10}{'Total':>12}")
print("-" * 39)
grand = 0
for name, qty, price in rows:
    total = qty * price
    grand += total
    print(f"{name:<12}{qty:>5}{price:>10.2f}{total:>12,.2f}")
print("-" * 39)
print(f"{'Grand total':<27}{grand:>12,.2f}")
print(f"{grand:.0f} {grand:e} {grand:.3g} {int(grand):08d}")
for n in [0, 7, 42, 255, 4096]:
    print(f"{n:>5} {n:>6b} {n:>4o} {n:>4x} {n:#06x}")
pct = [0.5, 0.125, 1, 0.00123]
print(", ".join(f"{p:.1%}" for p in pct))
print("{:,}".format(10 ** 12), f"{-1234567.891:,.1f}", f"{1e6:,.0f}")
