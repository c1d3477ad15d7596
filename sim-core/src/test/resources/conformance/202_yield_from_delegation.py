# yield from: delegation to sub-generators and other iterables, the sub-generator's return value as the value of
# the expression, and send, throw and close passed through to the innermost generator.
def inner(tag):
    print(tag, "inner starts")
    received = yield tag + "-1"
    print(tag, "inner received", received)
    received = yield tag + "-2"
    print(tag, "inner received", received)
    return tag.upper()


def outer():
    first = yield from inner("a")
    print("outer got", first)
    second = yield from inner("b")
    print("outer got", second)
    yield from range(2)
    yield from "xy"
    yield from []
    return first + second


o = outer()
print(next(o))
print(o.send("s1"))
print(o.send("s2"))
print(o.send("s3"))
print(next(o))
print(list(o))


def collect():
    result = yield from outer()
    print("collect got", result)


print(list(collect()))


def chain(*iterables):
    for it in iterables:
        yield from it


print(list(chain([1, 2], (3,), {4: "four"}, (c for c in "ab"))))


def deep(n):
    if n == 0:
        value = yield "bottom"
        return value
    result = yield from deep(n - 1)
    return result * 2


d = deep(3)
print(next(d))
try:
    d.send(5)
except StopIteration as e:
    print("deep returned", e.value)


def resilient():
    while True:
        try:
            value = yield "ready"
            print("resilient got", value)
        except KeyError as e:
            print("resilient handled", repr(e))
            return "handled"


def wrapper():
    result = yield from resilient()
    print("wrapper got", result)
    yield "wrapper continues"


w = wrapper()
print(next(w))
print(w.send(1))
print(w.throw(KeyError("k")))


def fragile():
    try:
        yield 1
        yield 2
    finally:
        print("fragile finally")


def wraps_fragile():
    try:
        yield from fragile()
    except GeneratorExit:
        print("wrapper saw GeneratorExit")
        raise
    finally:
        print("wrapper finally")


wf = wraps_fragile()
print(next(wf))
wf.close()
print(list(wf))

wf = wraps_fragile()
next(wf)
try:
    wf.throw(ValueError("into the delegate"))
except ValueError as e:
    print("ValueError came through both:", e)


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n


def from_class():
    yield from Countdown(3)


print(list(from_class()))


def needs_send_method():
    yield from Countdown(2)


n = needs_send_method()
next(n)
try:
    n.send("x")
except AttributeError as e:
    print("AttributeError:", e)
