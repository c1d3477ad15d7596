# list(), tuple() and set() over a generator that waits on a queue fed by another thread.
import threading
import queue
import time

q = queue.Queue()


def producer():
    for i in range(5):
        time.sleep(0.01)
        q.put(i)
    q.put(None)


def items():
    while True:
        item = q.get()
        if item is None:
            return
        print("got", item)
        yield item * item


threading.Thread(target=producer).start()
print(list(items()))
threading.Thread(target=producer).start()
print(tuple(items()))
threading.Thread(target=producer).start()
print(sorted(set(items())))
