import os
import threading
import time

lock = threading.Lock()
started = threading.Event()


def hold():
    with lock:
        started.set()
        time.sleep(0.5)


x = threading.Thread(target=hold, name="X")
x.start()
started.wait()
pid = os.fork()
if pid == 0:
    got = lock.acquire(timeout=1)
    print("child acquired:", got, "threads:", threading.active_count(), flush=True)
    os._exit(0)
os.waitpid(pid, 0)
x.join()
print("parent acquired:", lock.acquire(timeout=1))
