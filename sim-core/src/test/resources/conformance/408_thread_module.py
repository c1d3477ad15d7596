# The low-level _thread module: start_new_thread, allocate_lock, get_ident, exit.
import _thread
import time

lock = _thread.allocate_lock()
done = _thread.allocate_lock()
results = []
idents = set()


def worker(n, count):
    idents.add(_thread.get_ident())
    for i in range(count):
        with lock:
            results.append((n, i))
    if n == 2:
        _thread.exit()
        results.append("never")


for n in range(3):
    _thread.start_new_thread(worker, (n, 2))
time.sleep(0.5)
print(sorted(results))
print(len(results), _thread.get_ident() not in idents)
print(type(lock).__name__, lock.locked(), lock.acquire(False), lock.locked())
lock.release()
print(_thread.error is RuntimeError, _thread.LockType is type(lock))

try:
    _thread.start_new_thread(worker, [1, 2])
except TypeError as e:
    print("TypeError:", e)


def forever():
    while True:
        time.sleep(0.1)


# The interpreter does not wait for _thread's threads at exit.
_thread.start_new_thread(forever, ())
print("main ends")
