# A generator closed because its for loop was left: an exception its finally raises, or a yield in answer to
# GeneratorExit, is printed as ignored on stderr (CPython's "Exception ignored in: ...") and the program goes on.
def raises_in_finally():
    try:
        yield 1
    finally:
        print("finally raises")
        raise ValueError("in finally")


def ignores_close():
    try:
        yield 1
    except GeneratorExit:
        print("refuses to close")
        yield 2
    print("never here")


def returns_on_close():
    try:
        yield 1
    except GeneratorExit:
        print("returns on close")
        return "value"


for x in raises_in_finally():
    break
print("after raises_in_finally")
for x in returns_on_close():
    break
print("after returns_on_close")
for x in ignores_close():
    break
print("after ignores_close")
try:
    for x in raises_in_finally():
        raise KeyError("loop")
except KeyError as e:
    print("handled", repr(e), "context:", repr(e.__context__))


def inner_loop():
    for x in raises_in_finally():
        return "returned"


print(inner_loop())
print("end")
