grades = {"ann": [90, 85], "bob": [70, 95, 80], "cy": []}
for name, marks in grades.items():
    if marks:
        print(name, sum(marks) / len(marks))
    else:
        print(name, "no marks")
averages = {n: (sum(m) / len(m) if m else 0) for n, m in grades.items()}
print(averages)
grouped = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    grouped.setdefault(word[0], []).append(word)
print(grouped)
d = {"a": 1, "b": 2, "c": 3}
for k in list(d):
    if d[k] % 2 == 1:
        del d[k]
print(d)
merged = {**{"x": 1, "y": 2}, **{"y": 20, "z": 30}}
print(merged)
print(sorted(merged.items(), key=lambda kv: kv[1], reverse=True))
print(list(zip(merged.keys(), merged.values())))
print({k: v for k, v in merged.items() if v > 5})
matrix = {(0, 0): "a", (1, 2): "b"}
print(matrix[(1, 2)], matrix.get((5, 5), "-"), (0, 0) in matrix)
