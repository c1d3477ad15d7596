a = b = c = 0
print(a, b, c)
a += 1
print(a, b, c)
x = y = []
x.append(1)
print(x, y, x is y)
p = q = "text"
q = q + "!"
print(p, q)
i = j = k = 5 * 2
print(i + j + k)
