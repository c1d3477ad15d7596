def c_to_f(c):
    return c * 9 / 5 + 32

def f_to_c(f):
    return (f - 32) * 5 / 9

for c in range(-40, 101, 20):
    print(f"{c:>4}C = {c_to_f(c):6.1f}F")
print(c_to_f(37), f_to_c(98.6), f_to_c(212))
readings = [21.5, 23.0, 19.75, 25.25, 22.0]
avg = sum(readings) / len(readings)
print("avg", avg, "rounded", round(avg, 1))
print("min %.1f max %.1f" % (min(readings), max(readings)))
above = [r for r in readings if r > avg]
print(len(above), "readings above average:", above)
spread = max(readings) - min(readings)
print(f"spread {spread} ({spread / avg:.1%} of avg)")
