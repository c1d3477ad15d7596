import threading

r = threading.RLock()
with r:
    with r:
        print("re-entered")
lk = threading.Lock()
print(lk.acquire(), lk.acquire(False), lk.locked())
lk.release()
try:
    lk.release()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError:", e)
ev = threading.Event()
print(ev.is_set(), ev.wait(0.01))
ev.set()
print(ev.is_set(), ev.wait())
sem = threading.BoundedSemaphore(2)
print(sem.acquire(), sem.acquire(), sem.acquire(blocking=False))
sem.release()
sem.release()
try:
    sem.release()
except ValueError as e:
    print("ValueError:", e)
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("ValueError:", e)
t = threading.Thread(target=print, args=("hello from a thread",))
t.start()
t.join()
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
cond = threading.Condition()
try:
    cond.wait()
except RuntimeError as e:
    print("RuntimeError:", e)
with cond:
    print(cond.wait(0.01))
