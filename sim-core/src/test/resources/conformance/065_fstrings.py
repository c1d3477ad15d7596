x = 3.14159
n = 42
s = "hi"
print(f"{x:.2f}|{n:5d}|{n:<5}|{n:>5}|{n:^7}|")
print(f"{s:*^9}|{n:05d}|{1234567:,}|{x:.3e}|")
print(f"{0.25:%}|{0.256:.1%}|{255:x}|{255:#x}|{5:b}|{255:X}|{8:o}|")
print(f"{s!r} {s!s} {s}")
print(f"{x=}")
print(f"{n=}, {s=}")
w, p = 10, 3
print(f"[{x:{w}.{p}f}]")
print(f"{n + 1} {n * 2} {'nested quotes'} {len(s)}")
print(f"{[1, 2]} {(1,)} {{'braces'}}")
items = {"a": 1}
print(f"{items['a']} {items}")
print(f"{-7:5}|{-7:<5}|{-7:05}|{3.5:6.1f}|{3.5:<6}|")
print(f"{1e-7:.2e} {123456.789:,.2f} {0.000123:.2g} {1234.5:g}")
name = "world"
print(f"Hello, {name.upper()}!")
print(f"{'left':<10}|{'right':>10}|")
print(f"{True} {None} {True!r}")
print(f"{3:3}|{'ab':3}|")
print(f"{12.0:.0f} {0.5:.0f} {1.5:.0f} {2.5:.0f}")
