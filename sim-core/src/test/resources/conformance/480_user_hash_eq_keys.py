# Instances of program classes with __eq__/__hash__ as dict keys and set members.
from dataclasses import dataclass


class A:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print("eq", self.v, other.v if isinstance(other, A) else other)
        return isinstance(other, A) and self.v == other.v

    def __hash__(self):
        print("hash", self.v)
        return hash(self.v)

    def __repr__(self):
        return "A(%d)" % self.v


d = {A(1): "one"}
print(d.get(A(1)))
print(A(1) in d)
print(A(2) in d)
d[A(1)] = "uno"
print(len(d), d)
s = {A(3), A(3), A(4)}
print(len(s))
print(A(4) in s)
s.discard(A(3))
print(len(s))
print({(A(5), 1): "t"}[(A(5), 1)])

a = A(7)
print(a in {a})  # identity first: no __eq__ call


@dataclass(frozen=True)
class Point:
    x: int
    y: int


seen = {Point(1, 2): "p"}
print(seen[Point(1, 2)])
print(Point(1, 2) in set([Point(1, 2), Point(3, 4)]))
print(len({Point(0, 0), Point(0, 0)}))


class OnlyEq:
    def __eq__(self, other):
        return True


for attempt in (lambda: {OnlyEq(): 1}, lambda: {OnlyEq()}, lambda: hash(OnlyEq())):
    try:
        attempt()
    except TypeError as e:
        print("TypeError:", e)


@dataclass
class Mutable:
    x: int


try:
    {Mutable(1)}
except TypeError as e:
    print("TypeError:", e)


class Plain:
    pass


p = Plain()
print({p: 1}[p], Plain() in {p})


class Key:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        return self.name.lower() == other.name.lower()

    def __hash__(self):
        return hash(self.name.lower())


counts = {}
for word in ["Apple", "apple", "APPLE", "pear"]:
    k = Key(word)
    counts[k] = counts.get(k, 0) + 1
print(sorted((k.name, v) for k, v in counts.items()))
print(Key("PEAR") in counts, counts.pop(Key("PeAr")), len(counts))
print(sorted({Point(1, 2), Point(3, 4), Point(1, 2)}, key=lambda p: p.x))
print(hash(Point(1, 2)) == hash((1, 2)))
