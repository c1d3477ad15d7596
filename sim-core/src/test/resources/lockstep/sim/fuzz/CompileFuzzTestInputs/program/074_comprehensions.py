squares = [x * x for x in range(10)]
print(squares)
evens = [x for x in range(20) if x % 2 == 0]
print(evens)
pairs = [(x, y) for x in range(3) for y in range(3) if x != y]
print(pairs)
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
flat = [n for row in matrix for n in row]
print(flat)
transposed = [[row[i] for row in matrix] for i in range(3)]
print(transposed)
words = ["Hello", "World", "py"]
print([w.lower() for w in words if len(w) > 2])
print([n if n % 2 else -n for n in range(6)])
lengths = {w: len(w) for w in words}
print(lengths)
square_map = {n: n ** 2 for n in range(5) if n != 2}
print(square_map)
mods = {n % 3 for n in range(10)}
print(mods)
table = [[i * j for j in range(1, 4)] for i in range(1, 4)]
print(table)
x = "outer"
print([x for x in "ab"], x)
print([[c] * 2 for c in "ab"])
print([(i, c) for i, c in enumerate("xyz")])
