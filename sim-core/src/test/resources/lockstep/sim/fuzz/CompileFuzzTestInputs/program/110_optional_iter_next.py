it = iter([1, 2, 3])
print(next(it), next(it), next(it))
print(next(it, "exhausted"))
try:
    next(it)
except StopIteration:
    print("StopIteration raised")
chars = iter("ab")
for c in chars:
    print("char", c)
print(list(chars))
rows = iter(range(5))
header = next(rows)
print("header", header, "rest", list(rows))
d = {"x": 1, "y": 2}
print(next(iter(d)))
