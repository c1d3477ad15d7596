colors = ["red", "green", "blue"]
for i, c in enumerate(colors):
    print(i, c)
for i, c in enumerate(colors, start=1):
    print(f"{i}. {c}")
for i, c in enumerate(colors, 10):
    print(i, c)
names = ["ann", "ben", "cid"]
scores = [90, 85, 77]
for name, score in zip(names, scores):
    print(name, score)
for a, b, c in zip([1, 2, 3], "xyz", (True, False, None)):
    print(a, b, c)
for a, b in zip([1, 2, 3, 4], [10, 20]):
    print(a + b)
print(list(zip([1, 2], [3, 4])))
print(list(enumerate("ab")))
pairs = dict(zip(names, scores))
print(pairs)
for idx, (n, s) in enumerate(zip(names, scores)):
    print(idx, n, s)
