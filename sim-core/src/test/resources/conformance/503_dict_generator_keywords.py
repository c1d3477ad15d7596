# dict(iterable, **keywords) over a generator that waits: the thread waits inside, the keywords come after the
# pairs (overriding a key the pairs gave), and dict()'s errors name the element, as in CPython.
import queue
import threading
import time


def pairs(n):
    q = queue.Queue()

    def feed():
        for i in range(n):
            time.sleep(0.01)
            q.put(("k%d" % i, i))
        q.put(None)

    threading.Thread(target=feed).start()
    while (item := q.get()) is not None:
        yield item


class Pairs:
    def __init__(self, items):
        self.items = list(items)

    def __iter__(self):
        return iter(self.items)


print(dict(pairs(3), extra=True))
print(dict(pairs(2), k0="overridden", k9=9))
print(dict(pairs(0), only="keywords"))
print(dict(Pairs([("a", 1)]), b=2))
print(dict(((k, v * 2) for k, v in pairs(2)), z=0))
for bad in [lambda: dict((x for x in [("a", 1), "abc"]), k=1), lambda: dict((x for x in [1]), k=1),
            lambda: dict((x for x in [("a", 1), [1, 2, 3]]), k=1)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
