class Shape:
    name = "shape"

    def area(self):
        raise NotImplementedError("subclass must implement area")

    def __str__(self):
        return f"{self.name} with area {self.area():.2f}"

class Circle(Shape):
    name = "circle"

    def __init__(self, r):
        self.r = r

    def area(self):
        return 3.14159 * self.r ** 2

class Rect(Shape):
    name = "rect"

    def __init__(self, w, h):
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

shapes = [Circle(1), Rect(2, 3), Circle(0.5)]
for s in shapes:
    print(s)
print(sorted(s.name for s in shapes))
largest = max(shapes, key=lambda s: s.area())
print("largest:", largest.name)
try:
    print(Shape())
except NotImplementedError as e:
    print(type(e).__name__, e)
