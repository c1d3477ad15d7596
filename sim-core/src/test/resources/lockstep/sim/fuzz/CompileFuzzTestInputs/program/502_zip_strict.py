# zip(strict=True), over lists and over generators (which may wait): CPython's ValueError names the argument that
# ended too soon or went on too long; keywords other than strict are refused with CPython's TypeError.
import queue
import threading
import time


def numbers(n, name=None):
    for i in range(n):
        if name:
            print(name, "gives", i)
        yield i


def waiting(n):
    q = queue.Queue()

    def feed():
        for i in range(n):
            time.sleep(0.01)
            q.put(i)
        q.put(None)

    threading.Thread(target=feed).start()
    while (item := q.get()) is not None:
        yield item


cases = [
    lambda: list(zip([1, 2], [3, 4], strict=True)),
    lambda: list(zip([1, 2, 3], [1, 2], strict=True)),
    lambda: list(zip([1, 2], [1, 2, 3], strict=True)),
    lambda: list(zip([1, 2], [1, 2], [1], strict=True)),
    lambda: list(zip([1, 2], [1, 2], [1, 2, 3], strict=True)),
    lambda: list(zip([1, 2], [1, 2, 3], [1, 2], strict=True)),
    lambda: list(zip(numbers(3, "a"), numbers(2, "b"), strict=True)),
    lambda: list(zip(numbers(2, "c"), numbers(3, "d"), strict=True)),
    lambda: list(zip(numbers(2), numbers(2), numbers(1), strict=True)),
    lambda: list(zip(waiting(3), waiting(2), strict=True)),
    lambda: list(zip(waiting(2), "xyz", strict=True)),
    lambda: list(zip(waiting(2), "xy", strict=True)),
    lambda: list(zip(strict=True)),
    lambda: list(zip([1, 2], [1], strict=0)),
    lambda: list(zip(numbers(2), [1], strict="")),
    lambda: list(zip([1], [1, 2], strict=[0])),
    lambda: zip([1], [2], foo=1),
    lambda: zip([1], strict=True, x=2),
]
for case in cases:
    try:
        print(case())
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
z = zip(waiting(3), waiting(3), strict=True)
print(type(z).__name__, next(z), list(z))
pairs = []
try:
    for a, b in zip(numbers(3), waiting(2), strict=True):
        pairs.append((a, b))
except ValueError as e:
    print(pairs, e)
