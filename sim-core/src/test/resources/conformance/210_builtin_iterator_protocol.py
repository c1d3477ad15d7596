# The built-in iterators as CPython names them, with __next__ and __iter__ callable directly.
print(type(iter([])).__name__, type(iter(())).__name__, type(iter("a")).__name__, type(iter("中")).__name__)
print(type(iter(range(2))).__name__, type(iter(set())).__name__, type(iter(frozenset())).__name__)
print(type(iter({})).__name__, type(iter({}.keys())).__name__, type(iter({}.values())).__name__,
      type(iter({}.items())).__name__)
it = iter([1, 2])
print(next(it), it.__next__(), next(it, "end"), iter(it) is it, it.__iter__() is it)
try:
    it.__next__()
except StopIteration:
    print("StopIteration from __next__")
try:
    it[0]
except TypeError as e:
    print("TypeError:", e)
pairs = zip("ab", [1, 2])
print(pairs.__next__(), next(pairs), next(pairs, None))
numbered = enumerate("xy", 1)
print(numbered.__next__(), list(numbered))
print(hasattr(iter([]), "__next__"), hasattr([], "__next__"))


def delegate():
    yield from [1, 2]


d = delegate()
next(d)
try:
    d.send("x")
except AttributeError as e:
    print("AttributeError:", e)
class C:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n
c = C()
it = iter(c)
print(it is c, type(it).__name__, next(it), list(it))
class Wrapper:
    def __iter__(self):
        return iter([1, 2])
print(type(iter(Wrapper())).__name__, list(Wrapper()))
