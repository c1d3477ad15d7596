a = []
a.append(a)
b = []
b.append(b)
d = {}
d["k"] = d
print(a, d)
for call in [lambda: a == a, lambda: a == b, lambda: d == d, lambda: a < b, lambda: str(a), lambda: hash(a)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
