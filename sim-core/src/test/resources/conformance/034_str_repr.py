class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

class Named:
    def __init__(self, name):
        self.name = name

    def __str__(self):
        return f"Named {self.name}"

    def __repr__(self):
        return f"Named({self.name!r})"

p = Point(1, 2)
print(p)
print(str(p), repr(p))
print([Point(0, 0), Point(3, 4)])
print((p,))
print({"origin": Point(0, 0)})
n = Named("zed")
print(n)
print(repr(n))
print([n, n])
print(f"{n} / {n!r}")
print("str: " + str(n))
print("%s %r" % (n, n))
print("{} {!r}".format(n, n))

class OnlyStr:
    def __str__(self):
        return "only str"

o = OnlyStr()
print(o, str(o))
