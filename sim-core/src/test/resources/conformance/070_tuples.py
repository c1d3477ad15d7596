t = (1, 2, 3)
print(t, t[0], t[-1], t[1:], len(t))
single = (1,)
empty = ()
print(single, empty, len(empty), type(single).__name__)
not_tuple = (1)
print(not_tuple, type(not_tuple).__name__)
packed = 4, 5, 6
print(packed)
print(t + (4,), t * 2, (0,) * 3)
print(t.count(2), t.index(3))
print((1, 2) < (1, 3), (2,) > (1, 9), (1, 2) == (1, 2), () < (0,))
print(tuple([1, 2]), tuple("ab"), tuple(range(3)))
nested = ((1, 2), (3, (4, 5)))
print(nested[1][1][0])
try:
    t[0] = 99
except TypeError as e:
    print("TypeError:", e)
points = [(3, 1), (1, 2), (1, 1)]
print(sorted(points))
print(max(points), min(points))
for x, y in points:
    print(x + y, end=" ")
print()
print(("a", ["mutable", "inside"]))
