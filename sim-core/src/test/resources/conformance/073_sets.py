s = set()
print(s, len(s))
s.add(3)
s.add(1)
s.add(2)
s.add(3)
print(s, len(s), 2 in s, 5 in s)
s.discard(2)
s.discard(42)
print(sorted(s))
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print({1, 2} == {2, 1}, {1, 2} <= {1, 2, 3}, {1} < {1}, {5} > set())
words = ["apple", "pear", "apple", "fig", "pear"]
unique = set(words)
print(len(unique), sorted(unique), "fig" in unique)
print(sorted(set("mississippi")))
letters = {ch for ch in "hello"}
print(len(letters), sorted(letters))
seen = set()
dups = []
for n in [1, 5, 2, 5, 1, 7]:
    if n in seen:
        dups.append(n)
    seen.add(n)
print(dups, sorted(seen))
print({3, 1, 2})
s.remove(1)
print(s)
try:
    s.remove(100)
except KeyError as e:
    print("KeyError", e)
