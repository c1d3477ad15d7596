# Tutorial style: worker threads put results on a queue; the main thread reads them through a generator that
# waits for each, and hands it straight to sum(), max() and a for loop over enumerate().
import threading
import queue
import time

results = queue.Queue()


def worker(n):
    time.sleep(0.1 * n)
    print("worker", n, "finished")
    results.put(n * n)


def collected(count):
    for _ in range(count):
        value = results.get()
        print("collected", value)
        yield value


for n in (3, 1, 2):
    threading.Thread(target=worker, args=(n,)).start()
print("total", sum(collected(3)))

for n in (2, 4, 1):
    threading.Thread(target=worker, args=(n,)).start()
print("largest", max(collected(3)))

for n in (1, 2):
    threading.Thread(target=worker, args=(n,)).start()
for i, value in enumerate(collected(2), 1):
    print("result", i, "is", value)
print("main done")
