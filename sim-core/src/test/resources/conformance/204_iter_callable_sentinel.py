# iter(callable, sentinel): calls until the sentinel comes back, then stays exhausted.
items = [3, 1, 4, 0, 5, 9]
position = -1


def read_next():
    global position
    position += 1
    return items[position]


it = iter(read_next, 0)
print(type(it).__name__)
print(list(it))
print(list(it), position)

lines = iter(["alpha", "beta", "", "gamma"])
for line in iter(lines.__next__, ""):
    print("line", line)
print("after the blank:", next(lines))


class Counter:
    def __init__(self):
        self.n = 0

    def __call__(self):
        self.n += 1
        return self.n


print(list(iter(Counter(), 4)))
print(next(iter(Counter(), 1), "empty at once"))


def raises_stop():
    raise StopIteration


print(list(iter(raises_stop, None)))
chunks = iter(lambda: "abc", "abc")
print(list(chunks))
try:
    iter(42, 0)
except TypeError as e:
    print("TypeError:", e)
digits = iter(iter("123x45").__next__, "x")
print([int(d) for d in digits])
