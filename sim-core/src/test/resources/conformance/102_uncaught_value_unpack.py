pairs = [(1, 2), (3, 4), (5, 6, 7)]
sums = []
for a, b in pairs:
    sums.append(a + b)
    print(a, "+", b, "=", a + b)
print(sums)
