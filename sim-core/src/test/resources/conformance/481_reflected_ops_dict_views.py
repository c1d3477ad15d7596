# A built-in left operand lets the right operand's reflected method answer; dict views compare and combine as sets.


class Tag:
    def __init__(self, name):
        self.name = name

    def __radd__(self, other):
        return "%s<%s>" % (other, self.name)

    def __rmul__(self, other):
        return "Tag*%r" % (other,)

    def __rsub__(self, other):
        return other - len(self.name)

    def __repr__(self):
        return "Tag(%r)" % self.name


t = Tag("b")
print("x" + t)
print(3 * t, [1] * t, "ab" * t)
print(10 - t, 2.5 - t)
print([1, 2] + t)


class Vec:
    def __init__(self, *xs):
        self.xs = xs

    def __add__(self, other):
        if isinstance(other, Vec):
            return Vec(*[a + b for a, b in zip(self.xs, other.xs)])
        return NotImplemented

    def __radd__(self, other):
        if other == 0:
            return self
        return NotImplemented

    def __repr__(self):
        return "Vec%r" % (self.xs,)


print(sum([Vec(1, 2), Vec(3, 4), Vec(5, 6)]))
try:
    print(1 + Vec(1))
except TypeError as e:
    print("TypeError:", e)
try:
    print("s" + Vec(1))
except TypeError as e:
    print("TypeError:", e)

d = {"a": 1, "b": 2}
print(d.keys() == {"a", "b"}, d.keys() == {"a"}, {"b", "a"} == d.keys())
print(sorted(d.keys() & {"a", "z"}), sorted(d.keys() | {"z"}), sorted(d.keys() - {"a"}), sorted(d.keys() ^ {"a", "q"}))
print(d.items() == {("a", 1), ("b", 2)}, sorted(d.items() & {("a", 1), ("b", 3)}))
print(sorted(d.items() - {("a", 1)}), d.keys() != {"a", "b"})
print({"a"} & d.keys(), {"a", "c"} - d.keys())
print(d.keys() <= {"a", "b", "c"}, d.keys() < {"a", "b"}, d.keys() >= {"a"})
print(d.keys().isdisjoint({"x"}), d.keys().isdisjoint(["a"]))
print(d.keys() & ["b", "c"])
