# A child process whose target returns while a thread it started still runs: as CPython's
# threading._shutdown in the child, the process waits for that thread before it exits.
import multiprocessing
import threading
import time


def late(n):
    time.sleep(0.2)
    print("thread", n, "in the child done", flush=True)


def child():
    for n in range(2):
        threading.Thread(target=late, args=(n,)).start()
        time.sleep(0.05)
    daemon = threading.Thread(target=time.sleep, args=(10,), daemon=True)
    daemon.start()
    print("child target returns", flush=True)


if __name__ == "__main__":
    for method in ("fork", "spawn"):
        p = multiprocessing.get_context(method).Process(target=child)
        p.start()
        p.join()
        print(method, "joined", p.exitcode)
