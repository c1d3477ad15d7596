# A thread waits inside the generator under a zip, map, enumerate or filter object, however the object is advanced:
# a for loop, next(), __next__(), a built-in (list, sum, dict) or a comprehension.
import queue
import threading
import time

results = queue.Queue()


def producer(q, n, delay):
    for i in range(n):
        time.sleep(delay)
        q.put(i)
    q.put(None)


def items(n, delay=0.01):
    q = queue.Queue()
    threading.Thread(target=producer, args=(q, n, delay)).start()
    while True:
        item = q.get()
        if item is None:
            return
        yield item


class Slow:
    def __init__(self, n):
        self.q = queue.Queue()
        threading.Thread(target=producer, args=(self.q, n, 0.02)).start()

    def __iter__(self):
        return self

    def __next__(self):
        item = self.q.get()
        if item is None:
            raise StopIteration
        return item


z = zip("abc", items(3))
print(type(z).__name__, next(z), z.__next__(), next(z), next(z, "done"))
m = map(lambda v: v * 100, items(3))
print(type(m).__name__, [v for v in m])
e = enumerate(Slow(3), 10)
print(type(e).__name__, next(e), list(e))
f = filter(lambda v: v != 1, items(4))
print(type(f).__name__, sum(f))
print(dict(zip("xyz", Slow(3))))


def worker(name, delay):
    for i, v in enumerate(items(2, delay)):
        results.put((name, i, v))


threads = [threading.Thread(target=worker, args=(name, delay)) for name, delay in [("fast", 0.01), ("slow", 0.03)]]
for t in threads:
    t.start()
for t in threads:
    t.join()
collected = []
while not results.empty():
    collected.append(results.get())
print(sorted(collected))
print("main waited inside", type(map(str, items(1))).__name__, list(map(str, items(2))))
