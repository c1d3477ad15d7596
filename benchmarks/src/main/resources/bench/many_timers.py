# 500 threads that sleep and wait with timeouts, a few steps between one timer and the next: the machine's timers,
# not the program's work, dominate the run.
import threading
import time

THREADS = 500
ROUNDS = 10
gate = threading.Lock()
timeouts = 0


def worker(n):
    global timeouts
    for r in range(ROUNDS):
        time.sleep(0.001 * (n % 7 + 1))
        if not gate.acquire(timeout=0.0001 * (n % 5 + 1)):
            timeouts += 1


gate.acquire()
threads = [threading.Thread(target=worker, args=(n,)) for n in range(THREADS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(timeouts)
