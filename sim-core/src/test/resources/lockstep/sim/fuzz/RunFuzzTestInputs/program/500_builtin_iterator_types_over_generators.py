# zip, map, enumerate and filter built over a generator or a class's iterator are objects of the built-in's own type,
# as in CPython: their type, repr, isinstance, __iter__ and __next__ are the built-in's, not a generator's.
def numbers(n):
    for i in range(n):
        yield i


class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current


objects = [zip(numbers(3), "abc"), map(str, numbers(3)), enumerate(numbers(3), 1), filter(None, numbers(3)),
           zip(Countdown(3), numbers(5)), map(lambda a, b: a * b, Countdown(3), [10, 20, 30]),
           enumerate(Countdown(2)), filter(lambda v: v % 2, Countdown(5))]
for obj in objects:
    kind = type(obj)
    print(kind, kind.__name__, repr(obj).startswith("<" + kind.__name__ + " object at 0x"),
          isinstance(obj, (zip, map, enumerate, filter)), iter(obj) is obj, obj.__iter__() is obj)
    print("  first:", next(obj), "second:", obj.__next__(), "rest:", list(obj))
    print("  exhausted:", next(obj, "default"))
    try:
        next(obj)
    except StopIteration as e:
        print("  StopIteration", e.args)
print(type(zip([1], [2])) is type(zip(numbers(1), [2])), type(map(str, [1])) is type(map(str, numbers(1))))
print(type(enumerate([1])) is type(enumerate(numbers(1))), type(filter(None, [1])) is type(filter(None, numbers(1))))
z = zip(numbers(2), numbers(2))
print(z.__class__.__name__, [pair for pair in z])
m = map(len, (w for w in ["ab", "cde"]))
print(sorted(m, reverse=True))
nested = zip(enumerate(numbers(3)), map(str, Countdown(3)))
print(type(nested).__name__, list(nested))


def relay():
    total = yield from zip(numbers(2), "xy")
    print("yield from a zip gives", total)
    yield from enumerate(Countdown(2))


print(list(relay()))
e = enumerate(numbers(3))
print(dict(e))
print(any(x > 0 for x in map(abs, numbers(3))), all(filter(None, numbers(3))), sum(map(int, numbers(4))))
