# zip, enumerate, map and filter over a generator that waits: a for loop drives them and the thread waits inside.
import threading
import queue
import time

NAMES = ["a", "b", "c", "d"]


def producer(q, n):
    for i in range(n):
        time.sleep(0.02)
        q.put(i)
    q.put(None)


def items(n):
    q = queue.Queue()
    threading.Thread(target=producer, args=(q, n)).start()
    while True:
        item = q.get()
        if item is None:
            return
        yield item


for name, value in zip(NAMES, items(4)):
    print(name, value)
for i, value in enumerate(items(3), 1):
    print(i, value)
print(list(map(lambda x: x * 10, items(4))))
print(list(map(lambda x, y: x + y, items(3), [100, 200, 300, 400])))
print([x for x in filter(lambda x: x % 2, items(6))])
print(list(filter(None, items(3))))
print(list(zip(items(5), "xyz")))
print(dict(enumerate(items(2))))
