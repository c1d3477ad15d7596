d = {}
d["z"] = 1
d["a"] = 2
d["m"] = 3
print(d)
del d["z"]
print(d)
d["z"] = 4
print(d)
d["a"] = 99
print(d)
d.pop("a")
d["a"] = 5
print(list(d))
for k, v in d.items():
    print(k, v)
counts = {}
for word in "b a c a b a".split():
    counts[word] = counts.get(word, 0) + 1
print(counts)
print(sorted(counts), sorted(counts.items()), sorted(counts, key=lambda w: counts[w]))
print(max(counts, key=lambda w: counts[w]))
inverted = {v: k for k, v in {"x": 1, "y": 2}.items()}
print(inverted)
nested = {"outer": {"inner": {"deep": 1}}}
nested["outer"]["inner"]["deep"] += 1
nested["outer"]["new"] = []
nested["outer"]["new"].append("item")
print(nested)
