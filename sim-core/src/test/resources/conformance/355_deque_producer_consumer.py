# A producer/consumer over a deque shared by threads: append and popleft are atomic, as CPython's C methods are
# under the GIL, so no item is lost or taken twice.
import threading
import time
from collections import deque

buffer = deque()
done = threading.Event()
consumed = []


def producer(start):
    for i in range(start, start + 5):
        buffer.append(i)
        time.sleep(0.001)


def consumer():
    while not done.is_set() or buffer:
        try:
            item = buffer.popleft()
        except IndexError:
            time.sleep(0.0005)
            continue
        consumed.append(item)


producers = [threading.Thread(target=producer, args=(n * 100,)) for n in range(3)]
consumers = [threading.Thread(target=consumer) for _ in range(2)]
for t in producers + consumers:
    t.start()
for t in producers:
    t.join()
done.set()
for t in consumers:
    t.join()
print(len(consumed), sorted(consumed) == sorted(list(range(0, 5)) + list(range(100, 105)) + list(range(200, 205))))
print(len(set(consumed)), buffer)

# A bounded log kept by many threads: maxlen drops the oldest.
log = deque(maxlen=4)


def worker(n):
    for k in range(3):
        log.append((n, k))


threads = [threading.Thread(target=worker, args=(n,)) for n in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(log), log.maxlen)
