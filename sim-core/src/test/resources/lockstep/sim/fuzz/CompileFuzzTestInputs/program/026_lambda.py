square = lambda x: x * x
print(square(7))
print((lambda a, b: a + b)(3, 4))
print((lambda: "no args")())
words = ["banana", "Apple", "cherry", "date"]
print(sorted(words))
print(sorted(words, key=lambda w: w.lower()))
print(sorted(words, key=lambda w: len(w)))
print(sorted(words, key=lambda w: (-len(w), w)))
pairs = [(1, "one"), (3, "three"), (2, "two")]
print(sorted(pairs, key=lambda p: p[1]))
ops = {"add": lambda a, b: a + b, "mul": lambda a, b: a * b}
for name in ops:
    print(name, ops[name](6, 7))
transform = lambda f, xs: [f(x) for x in xs]
print(transform(lambda v: v + 1, [1, 2, 3]))
default_arg = lambda x, y=10: x - y
print(default_arg(3), default_arg(3, 1))
