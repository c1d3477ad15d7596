# Generators: lazy values, next() with and without a default, StopIteration's value, for loops and the
# built-ins that iterate, reprs and attributes.
def countdown(n):
    print("starting countdown from", n)
    while n > 0:
        yield n
        n -= 1
    print("done counting")
    return "lift-off"


g = countdown(3)
print(type(g).__name__, g.__name__, g.__qualname__, g.gi_running)
print(repr(g).startswith("<generator object countdown at 0x"))
print(iter(g) is g)
print(next(g))
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)
print(next(g, "exhausted"))
try:
    next(g)
except StopIteration as e:
    print("again:", e.value, e.args)

for v in countdown(2):
    print("for got", v)
else:
    print("for ended normally")

print(list(countdown(3)))
print(sum(countdown(4)), max(countdown(4)), sorted(countdown(3)))
print(tuple(zip(countdown(3), "abc")))
print(dict(enumerate(countdown(2))))
print(", ".join(str(x) for x in countdown(2)))
print(any(x == 2 for x in countdown(3)), all(x > 0 for x in countdown(3)))
print(3 in countdown(5), 9 in countdown(2))
a, b = countdown(2)
print(a, b)
first, *rest = countdown(4)
print(first, rest)
print([x * 10 for x in countdown(2)])
print(set(countdown(3)) == {1, 2, 3})
print(list(map(lambda x: -x, countdown(2))), list(filter(None, countdown(2))))


class Tree:
    def __init__(self, value, children=()):
        self.value = value
        self.children = children

    def __iter__(self):
        yield self.value
        for child in self.children:
            yield from child


tree = Tree(1, [Tree(2, [Tree(3)]), Tree(4)])
print(list(tree))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


f = fib()
print([next(f) for _ in range(10)])


def early_exit():
    try:
        for i in range(10):
            yield i
    finally:
        print("early_exit cleaned up")


numbers = early_exit()
for i in numbers:
    if i == 2:
        print("breaking at", i)
        break
numbers.close()
print("after close", list(numbers))
gen_lambda = (lambda: (yield 7))()
print(next(gen_lambda))


def returns_early(flag):
    if flag:
        return
    yield "never"


print(list(returns_early(True)), list(returns_early(False)))
