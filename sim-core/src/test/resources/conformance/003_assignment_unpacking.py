a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
(x, y), z = (3, 4), 5
print(x, y, z)
[p, q] = [7, 8]
print(p, q)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = [1, 2, 3, 4]
print(init, last)
head, *middle, tail = "abcde"
print(head, middle, tail)
one, *empty = [1]
print(one, empty)
for i, (k, v) in enumerate([("a", 1), ("b", 2)]):
    print(i, k, v)
s, t = "hi"
print(s, t)
m, n = divmod(17, 5)
print(m, n)
