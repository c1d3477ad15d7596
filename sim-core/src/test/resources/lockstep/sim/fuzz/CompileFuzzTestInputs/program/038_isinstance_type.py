values = [1, 2.5, "s", True, None, [1], (1,), {"a": 1}, {1}]
for v in values:
    print(repr(v), type(v).__name__)
print(type(1) is int, type(True) is int, type(True) is bool)
print(isinstance(True, int), isinstance(1, bool))
print(isinstance(3, (int, float)), isinstance("3", (int, float)))
print(isinstance(2.0, float), isinstance(2, float))
print(type("") == str, type([]) == list)
print(type(None).__name__)
def f():
    pass
print(type(f).__name__)
class K:
    pass
print(type(K()).__name__, isinstance(K(), object))
print(type(3 / 1).__name__, type(3 // 1).__name__, type(2 ** -1).__name__)
