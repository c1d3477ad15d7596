print(type(1), type("s"), type(None), type([]))
print(int, str, KeyError)

class Point:
    pass

print(Point, type(Point()))
print(type(len).__name__, type(print).__name__)
print(repr(int), str(type(1.5)))
print(range(3), repr(range(1, 10, 2)))
