# Eight threads contend for one lock: about a million steps of acquire, increment, release.
import threading

lock = threading.Lock()
counter = 0


def worker(n):
    global counter
    for i in range(n):
        with lock:
            counter += 1


threads = [threading.Thread(target=worker, args=(6000,)) for _ in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter)
