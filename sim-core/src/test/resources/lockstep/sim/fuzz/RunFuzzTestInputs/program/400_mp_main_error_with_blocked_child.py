# The main process dies of an uncaught exception while a daemonic child still waits on a queue: CPython prints
# the traceback, then multiprocessing's exit handler terminates the daemonic child.
import multiprocessing
import time


def wait_forever(q):
    print("child waits", flush=True)
    q.get()


if __name__ == "__main__":
    q = multiprocessing.Queue()
    p = multiprocessing.Process(target=wait_forever, args=(q,), daemon=True)
    p.start()
    time.sleep(0.5)
    print("main fails")
    raise ValueError("main failed while the child waits")
