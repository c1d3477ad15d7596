from dataclasses import dataclass, field, fields, asdict, astuple, replace, FrozenInstanceError
import dataclasses

@dataclass
class Point:
    x: int
    y: int = 0

p = Point(1, 2)
print(p, Point(3), Point(y=5, x=4))
print(p == Point(1, 2), p == Point(2, 1), p != Point(1, 2))
print([f.name for f in fields(p)], asdict(p), astuple(p))
print(replace(p, y=10))

@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    label: str = field(default="", compare=False, repr=False)

vs = [Version(2, 1), Version(1, 9, "old"), Version(2, 0)]
print(sorted(vs), Version(1, 2) < Version(1, 3), max(vs))

@dataclass(frozen=True)
class Color:
    r: int
    g: int
    b: int

c = Color(1, 2, 3)
try:
    c.r = 5
except FrozenInstanceError as e:
    print("frozen:", e)
try:
    del c.g
except dataclasses.FrozenInstanceError as e:
    print("frozen:", e)
print(c, hash(c) == hash((1, 2, 3)))

@dataclass
class Inventory:
    items: list = field(default_factory=list)
    owner: str = "nobody"
    count: int = field(default=0, init=False)

    def __post_init__(self):
        self.count = len(self.items)

a = Inventory()
b = Inventory(["x", "y"], "ann")
a.items.append(1)
print(a, b, Inventory().items)

@dataclass
class Point3(Point):
    z: int = 0

print(Point3(1, 2, 3), asdict(Point3(1)))

@dataclass
class Line:
    start: Point
    end: Point

print(asdict(Line(Point(0, 0), Point(1, 1))))

for bad in [lambda: Point(), lambda: Point(1, 2, 3), lambda: Point(1, z=3), lambda: Point(1, x=2), lambda: Color()]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)

try:
    @dataclass
    class Bad:
        x: list = []
except ValueError as e:
    print("ValueError:", e)

try:
    @dataclass
    class Bad2:
        x: int = 0
        y: int
except TypeError as e:
    print("TypeError:", e)

try:
    hash(Point(1, 2))
except TypeError as e:
    print("TypeError:", e)
try:
    fields(3)
except TypeError as e:
    print("TypeError:", e)
print(dataclasses.is_dataclass(p), dataclasses.is_dataclass(Point), dataclasses.is_dataclass(3))
@dataclass
class Empty:
    pass
print(Empty(), Empty() == Empty())
