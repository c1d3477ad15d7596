# A generator made by the call a for loop iterates, and seen by nothing else, is closed as soon as the loop is left
# early (break, return, an exception), as CPython closes it when the loop's reference goes: its finally and with
# blocks run before the code after the loop. A generator also held elsewhere is not closed then.
import sys


def gen(name):
    try:
        yield 1
        yield 2
    finally:
        print("  close", name, sys.exc_info()[0].__name__ if sys.exc_info()[0] else None)


print("break:")
for x in gen("break"):
    break
print("after break")
for x in gen("exhausted"):
    pass
else:
    print("exhausted: the loop's else")


def first_item():
    for x in gen("return"):
        return x


print("return:", first_item())


def nested():
    for a in gen("outer"):
        for b in gen("inner"):
            return a + b


print("nested return:", nested())
print("exception:")
try:
    for x in gen("exception"):
        raise KeyError("k")
except KeyError as e:
    print("handled", e)


def deep():
    for x in gen("deep-outer"):
        level_two()


def level_two():
    for y in gen("deep-inner"):
        raise ValueError("from level two")


try:
    deep()
except ValueError as e:
    print("handled", e)
print("generator expression:")
for x in (v * 10 for v in [1, 2, 3]):
    print(x)
    break
print("inside try/finally:")
try:
    for x in gen("in-try"):
        break
finally:
    print("the try's finally")
for outer in range(2):
    for x in gen("round %d" % outer):
        if x == 1:
            break
    print("round", outer, "done")


class Reader:
    def lines(self):
        try:
            yield "first"
            yield "second"
        finally:
            print("  Reader.lines closed")


for line in Reader().lines():
    print(line)
    break


def delegating():
    try:
        yield from gen("delegate")
    finally:
        print("  delegating closed")


for v in delegating():
    break
print("kept elsewhere:")
kept = gen("kept")
for x in kept:
    break
print("  kept is suspended:", kept.gi_running is False and next(kept) == 2)
kept.close()


def ident(value):
    return value


other = gen("through a function")
for x in ident(other):
    break
print("  not closed by the loop")
other.close()
for x in (named := gen("walrus")):
    break
print("  walrus keeps it")
named.close()
print("end")
