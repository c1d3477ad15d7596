for n in range(5):
    print(n, "even" if n % 2 == 0 else "odd")
x = 15
label = "fizz" if x % 3 == 0 else "buzz" if x % 5 == 0 else str(x)
print(label)
y = None
print(y if y is not None else "default")
print([("neg" if v < 0 else "pos") for v in [-1, 2, -3]])
abs_val = lambda v: v if v >= 0 else -v
print(abs_val(-8), abs_val(8))
print(1 if [] else 2, 1 if [0] else 2)
