class Rectangle:
    def __init__(self, width, height):
        self.width = width
        self.height = height

    def area(self):
        return self.width * self.height

    def perimeter(self):
        return 2 * (self.width + self.height)

    def scale(self, factor):
        return Rectangle(self.width * factor, self.height * factor)

    def __repr__(self):
        return f"Rectangle({self.width}x{self.height})"

class Square(Rectangle):
    def __init__(self, side):
        super().__init__(side, side)

    def __repr__(self):
        return f"Square({self.width})"

shapes = [Rectangle(2, 3), Square(4), Rectangle(1, 10)]
for s in shapes:
    print(s, s.area(), s.perimeter())
print(sorted(shapes, key=lambda s: s.area()))
big = shapes[0].scale(3)
print(big, big.area())
sq = Square(2).scale(2)
print(sq, type(sq).__name__)
total = sum(s.area() for s in shapes)
print("total area", total)
method = shapes[1].area
print(method())
print(Rectangle.area(shapes[2]))
