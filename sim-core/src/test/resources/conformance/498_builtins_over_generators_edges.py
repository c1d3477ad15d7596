# Built-ins over generators, as CPython: any/all stop early and leave the generator where it is, zip stops at the
# first exhausted iterator without advancing the next one, errors are the built-ins' own.
def numbers(n, name):
    for i in range(n):
        print(name, "gives", i)
        yield i


g = numbers(5, "g")
print(any(x > 1 for x in g))
print(next(g))
h = numbers(5, "h")
print(all(x < 1 for x in h))
print(list(h))
print(list(zip(numbers(2, "a"), numbers(5, "b"))))
print(list(zip(numbers(3, "c"), [10, 20])))
print(list(map(pow, numbers(3, "d"), numbers(3, "e"))))
print(sorted(numbers(3, "f"), key=lambda x: -x))
print(min(numbers(0, "m"), default="empty"))
for e_gen in [lambda: sum(x for x in ["a", "b"]), lambda: min(numbers(0, "n")),
              lambda: dict(numbers(2, "p")), lambda: "".join(numbers(2, "q")),
              lambda: max(numbers(2, "r"), key=len), lambda: set(([1], [2])[i] for i in numbers(2, "s")),
              lambda: dict(numbers(0, "t"), x=1), lambda: min(iter([3, "a"]), key=lambda v: v),
              lambda: dict([("a", 1), "abc"][i] for i in numbers(2, "u"))]:
    try:
        e_gen()
    except Exception as e:
        print(type(e).__name__, e)


class Bag:
    def __init__(self, items):
        self.items = items

    def __iter__(self):
        for item in self.items:
            yield item


print(tuple(Bag([1, 2])), set(Bag([3])), frozenset(Bag([4])), sum(Bag([5, 6])), list(enumerate(Bag("xy"), 5)))
print(list(filter(None, Bag([0, 1, "", "s"]))), dict(Bag([("k", 1)])), "+".join(Bag(["u", "v"])))
