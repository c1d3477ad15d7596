# A StopIteration raised by the function of a map or filter built over a generator ends that map or filter, as it
# ends CPython's C iterator: a for loop, list(), next() with or without a default and yield from all see the end.
def numbers(n):
    yield from range(n)


def stop_at_two(x):
    if x == 2:
        raise StopIteration("two")
    return x * 10


def keep_until_three(x):
    if x == 3:
        raise StopIteration
    return x % 2 == 0


print(list(map(stop_at_two, numbers(5))))
for v in map(stop_at_two, numbers(5)):
    print("loop", v)
print(list(filter(keep_until_three, numbers(6))))
m = map(stop_at_two, numbers(5))
print(next(m), next(m), next(m, "default"))
m = map(stop_at_two, numbers(5))
try:
    print(next(m), m.__next__())
    next(m)
except StopIteration as e:
    print("StopIteration", e.args)


def relay():
    result = yield from map(stop_at_two, numbers(5))
    print("yield from ended with", result)


print(list(relay()))
print(sum(map(stop_at_two, numbers(9))), sorted(map(stop_at_two, numbers(4)), reverse=True))
print(dict(enumerate(map(stop_at_two, numbers(4)))))


def gen_raising():
    yield 1
    raise StopIteration("inside a generator")


try:
    print(list(map(str, gen_raising())))
except RuntimeError as e:
    print("RuntimeError:", e)
