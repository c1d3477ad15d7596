# send, throw and close, with CPython's errors for generators used the wrong way.
def accumulator():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total


acc = accumulator()
print(acc.send(None))
print(acc.send(5), acc.send(10))
try:
    acc.send(None)
except StopIteration as e:
    print("finished with", e.value)

fresh = accumulator()
try:
    fresh.send(1)
except TypeError as e:
    print("TypeError:", e)
print(next(fresh))


def guarded():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("guarded caught", repr(e))
        yield "recovered"
    finally:
        print("guarded finally")


g = guarded()
print(next(g))
print(g.throw(ValueError("bad value")))
try:
    next(g)
except StopIteration:
    print("guarded exhausted")

g = guarded()
next(g)
try:
    g.throw(KeyError, "k")
except KeyError as e:
    print("KeyError came back out:", e)
print(next(g, "closed after the throw"))

g = guarded()
try:
    g.throw(IndexError("before start"))
except IndexError as e:
    print("thrown before start:", e)
print(list(g))


def closing():
    try:
        yield "a"
        yield "b"
    except GeneratorExit:
        print("GeneratorExit seen")
        raise
    finally:
        print("closing finally")


c = closing()
print(next(c))
print(c.close())
print(c.close())
print(list(c))
unstarted = closing()
unstarted.close()
print("unstarted close ran no code", list(unstarted))


def stubborn():
    while True:
        try:
            yield "still here"
        except GeneratorExit:
            print("ignoring GeneratorExit")


s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    s.throw(ValueError("stop"))
except ValueError:
    print("stubborn ended by a ValueError")


def returns_in_finally():
    try:
        yield 1
    finally:
        return "from finally"


r = returns_in_finally()
next(r)
print("close of a generator returning in finally:", r.close())


def reentrant():
    yield next(me)


me = reentrant()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)


def leaks_stop():
    yield 1
    raise StopIteration("leaked")


try:
    list(leaks_stop())
except RuntimeError as e:
    print("RuntimeError:", e, "| cause:", repr(e.__cause__))


def handled_state():
    try:
        raise KeyError("inner")
    except KeyError:
        yield "inside except"
        print("still handling after resume:", repr(__import__("sys").exc_info()[1]) if False else "yes")


h = handled_state()
print(next(h))
try:
    raise ValueError("outer")
except ValueError as e:
    print("outer handler sees", repr(e))
    print(next(h, "done"))
print(next(h, "exhausted"))


def echo():
    received = []
    try:
        while True:
            received.append((yield len(received)))
    finally:
        print("echo received", received)


e = echo()
next(e)
for word in ["x", "y", "z"]:
    print("sent", word, "->", e.send(word))
e.close()

g = accumulator()
next(g)
g.send(1)
g.throw(RuntimeError("final"))
