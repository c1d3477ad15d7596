# Pool.map hands the work out in chunks, as CPython's: about four a worker (10 items on 2 workers: chunks of 2),
# a chunk runs in one worker, and an exception ends its chunk, so the items after it in that chunk never run.
# Explicit chunksize, starmap and the thread pool do the same.
import multiprocessing
from multiprocessing import Pool
from multiprocessing.pool import ThreadPool

ran = None


def remember(q):
    global ran
    ran = q


def work(n):
    ran.put(n)
    if n == 4:
        raise ValueError("bad %d" % n)
    return n * 10


def add(a, b):
    ran.put(a)
    if a == 7:
        raise KeyError(a)
    return a + b


def drain(q, count):
    return sorted(q.get() for _ in range(count))


if __name__ == "__main__":
    q = multiprocessing.Queue()
    with Pool(2, initializer=remember, initargs=(q,)) as pool:
        print(pool.map(work, range(4)))
        print(drain(q, 4))
        try:
            pool.map(work, range(10))
        except ValueError as e:
            print("map:", e)
        print(drain(q, 9))
        try:
            pool.map(work, range(2, 12), chunksize=5)
        except ValueError as e:
            print("map chunksize=5:", e)
        print(drain(q, 8))
        print(pool.map(work, [0, 1, 2, 3, 5, 6, 7], 3))
        print(drain(q, 7))
        try:
            pool.starmap(add, [(i, 1) for i in range(5, 15)], chunksize=4)
        except KeyError as e:
            print("starmap:", repr(e))
        print(drain(q, 9))
        print(pool.map(work, []), pool.map_async(work, [5, 6], callback=print).get())
        print(drain(q, 2))
    with ThreadPool(2, initializer=remember, initargs=(q,)) as pool:
        try:
            pool.map(work, range(10))
        except ValueError as e:
            print("thread map:", e)
        print(drain(q, 9))
        print(pool.starmap(add, [(1, 2), (3, 4)]), pool.map(work, range(3), chunksize=2))
        print(drain(q, 5))
