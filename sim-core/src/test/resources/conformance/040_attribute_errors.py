class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(1, 2)
try:
    print(p.z)
except AttributeError as e:
    print("AttributeError:", e)
try:
    Point.q
except AttributeError as e:
    print("AttributeError:", e)
try:
    (5).foo
except AttributeError as e:
    print("AttributeError:", e)
try:
    "abc".push("d")
except AttributeError as e:
    print(type(e).__name__, e)
try:
    [].add(1)
except AttributeError as e:
    print(repr(e))
try:
    None.value
except AttributeError as e:
    print(e)
print(p.x, p.y)
