# Pool.map raises once every task has run, and the failure it raises is the first to come back, not the first in
# the list; map_async's get() and the thread pool do the same.
import time
from multiprocessing import Pool
from multiprocessing.pool import ThreadPool


def work(n):
    time.sleep(0.1 * n)
    if n in (1, 4):
        raise ValueError("bad %d" % n)
    return n


def late_first(n):
    time.sleep(0.3 if n == 0 else 0.05)
    if n in (0, 3):
        raise ValueError("bad %d" % n)
    return n


if __name__ == "__main__":
    with Pool(4) as pool:
        for f in (work, late_first):
            try:
                pool.map(f, [0, 1, 2, 3, 4])
            except ValueError as e:
                print(f.__name__, "map raised", e)
            result = pool.map_async(f, [0, 1, 2, 3, 4])
            result.wait()
            print("ready", result.ready(), "successful", result.successful())
            try:
                result.get()
            except ValueError as e:
                print(f.__name__, "get raised", e)
        print(pool.map(work, [0, 2, 3]))
    with ThreadPool(4) as pool:
        for f in (work, late_first):
            try:
                pool.map(f, [0, 1, 2, 3, 4])
            except ValueError as e:
                print(f.__name__, "thread map raised", e)
