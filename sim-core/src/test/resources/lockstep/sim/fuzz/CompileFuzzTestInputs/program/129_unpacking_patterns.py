data = [("ann", (30, "NY")), ("bob", (25, "LA"))]
for name, (age, city) in data:
    print(name, age, city)
records = [[1, 2, 3, 4], [5, 6], [7]]
for first, *others in records:
    print(first, others)
a, (b, (c, d)) = 1, (2, (3, 4))
print(a + b + c + d)
x, y, z = range(3)
print(x, y, z)
k1, k2 = {"p": 1, "q": 2}
print(k1, k2)
(m, n), = [(5, 6)]
print(m, n)
lst = [3, 1, 2]
lst[0], lst[2] = lst[2], lst[0]
print(lst)
i = 0
i, lst[i] = 1, 99
print(i, lst)
*front, back = "abc"
print(front, back)
print(*[1, 2], *(3,), *"45")
combined = [*range(3), *[10, 11]]
print(combined)
first, second, *_ = "x y z w".split()
print(first, second)
