import threading
import queue
import time

q = queue.Queue(5)
results = []


def producer(i):
    for k in range(3):
        q.put((i, k))
        time.sleep(0.01)


def consumer():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        results.append(item)
        q.task_done()


c = threading.Thread(target=consumer, daemon=True)
c.start()
ps = [threading.Thread(target=producer, args=(i,)) for i in range(5)]
for p in ps:
    p.start()
for p in ps:
    p.join()
q.join()
print(len(results), sorted(results)[:4])
q.put(None)
q.join()
lifo = queue.LifoQueue()
prio = queue.PriorityQueue()
for x in [3, 1, 2]:
    lifo.put(x)
    prio.put((x, str(x)))
print([lifo.get() for _ in range(3)], [prio.get()[1] for _ in range(3)])
e = queue.Queue(1)
e.put(1)
try:
    e.put_nowait(2)
except queue.Full:
    print("Full")
e.get()
try:
    e.get(timeout=0.01)
except queue.Empty:
    print("Empty", e.qsize(), e.empty(), e.full())

items = []
cv = threading.Condition()


def waiter(name):
    with cv:
        cv.wait()
        items.append(name)


ws = [threading.Thread(target=waiter, args=(n,)) for n in "abc"]
for w in ws:
    w.start()
time.sleep(0.1)
for _ in range(3):
    with cv:
        cv.notify()
    time.sleep(0.05)
for w in ws:
    w.join()
print(items)
b = threading.Barrier(3)
order = []


def party(i):
    order.append(b.wait() >= 0)


bs = [threading.Thread(target=party, args=(i,)) for i in range(3)]
for t in bs:
    t.start()
for t in bs:
    t.join()
print(order, b.parties, b.n_waiting, b.broken)
data = threading.local()
data.x = "main"
seen = []


def show():
    data.x = threading.current_thread().name
    seen.append(data.x)


t = threading.Thread(target=show, name="worker")
t.start()
t.join()
print(data.x, seen)
