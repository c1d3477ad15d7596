a = [1, [2, 3], {"k": (4, 5)}]
b = [1, [2, 3], {"k": (4, 5)}]
print(a == b, a is b, a != b)
print((1, 2) == [1, 2], [1, 2] == [1, 2.0], {1: "a"} == {1.0: "a"})
print([] == [], () == (), {} == {}, set() == set())
word = "abc"
print(word == "abc", word is not None)
c = a
c.append(6)
print(a == b, len(a), len(b))
x = None
if x is None:
    print("x is None")
items = [None, 0, "", [], False]
print([i is None for i in items])
print([i == False for i in items])
print([[1, 2], [1, 2]].count([1, 2]), [[1], [2]].index([2]))
print(sorted([[3, 1], [1, 2], [1, 1]]))
print(max([(1, "b"), (1, "a")]))
