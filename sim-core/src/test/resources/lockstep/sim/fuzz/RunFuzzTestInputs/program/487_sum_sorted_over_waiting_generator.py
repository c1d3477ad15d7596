# sum, sorted, min, max, any, all and str.join over generators that wait on a queue fed by another thread.
import threading
import queue
import time

q = queue.Queue()


def producer(values):
    for v in values:
        time.sleep(0.01)
        q.put(v)
    q.put(None)


def items():
    while True:
        item = q.get()
        if item is None:
            return
        yield item


def run(values, consume):
    t = threading.Thread(target=producer, args=(values,))
    t.start()
    result = consume(items())
    t.join()
    return result


print(run([3, 1, 2], sum))
print(run([3, 1, 2], lambda g: sum(g, 10)))
print(run([3, 1, 2], sorted))
print(run([3, 1, 2], lambda g: sorted(g, reverse=True)))
print(run([3, 1, 2], min))
print(run([3, 1, 2], lambda g: max(g, key=lambda x: -x)))
print(run([], lambda g: max(g, default="none")))
print(run([0, 0, 0], any))
print(run([1, 1, 1], all))
print(run(["x", "y", "z"], "-".join))
print(run([("a", 1), ("b", 2)], dict))
