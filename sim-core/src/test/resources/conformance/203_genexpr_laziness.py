# Generator expressions are lazy generators: the first iterable is evaluated at once, everything else only when
# an item is asked for.
log = []


def source(n):
    for i in range(n):
        log.append("produce %d" % i)
        yield i


def noisy(x):
    log.append("map %d" % x)
    return x * x


squares = (noisy(x) for x in source(3))
print(type(squares).__name__, log)
print(next(squares), log)
print(next(squares), log)
print(list(squares), log)
print(list(squares))

log.clear()
evens = (x for x in source(10) if x % 2 == 0)
print(next(evens), next(evens), log)

try:
    bad = (x for x in 42)
except TypeError as e:
    print("TypeError at once:", e)

late = (1 / x for x in [1, 0])
print("created without dividing")
print(next(late))
try:
    next(late)
except ZeroDivisionError as e:
    print("ZeroDivisionError when asked:", e)
print(next(late, "finished after the error"))

pairs = ((a, b) for a in range(3) for b in range(a))
print(list(pairs))

names = ["x", "y"]
g = (n.upper() for n in names)
names.append("z")
print(list(g))

values = [1, 2, 3]
total = sum(v * 2 for v in values)
print(total, max(len(w) for w in ["ab", "abc", "a"]))
print(sorted((-v for v in values)), "".join(c for c in "hello" if c != "l"))

gen = (i for i in range(3))
print(iter(gen) is gen, 1 in gen, list(gen))


def nested():
    return list(x + y for x in range(2) for y in (10 * x for x in range(2)))


print(nested())
k = 10
adders = [(lambda: (k + i for i in range(2)))()]
k = 20
print(list(adders[0]))
