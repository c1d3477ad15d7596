# Pool.apply_async and map_async with callback and error_callback (the tutorials' way of collecting results):
# each callback runs once its work is back, so all have run when close() and join() return; kwds reach the
# function; get(timeout) raises multiprocessing.TimeoutError and successful() refuses an unfinished result.
import multiprocessing
import time
from multiprocessing import Pool

results = []


def square(n, pause=0.1):
    time.sleep(pause * (3 - n))
    return n * n


def power(base, exponent):
    return base ** exponent


def collect(r):
    results.append(r)


def failed(e):
    results.append("error callback %r" % e)


def bad(n):
    raise ValueError(n)


if __name__ == "__main__":
    pool = Pool(3)
    for i in range(3):
        pool.apply_async(square, args=(i,), callback=collect)
    pool.apply_async(bad, (5,), error_callback=failed)
    mapped = pool.map_async(square, [1, 2], callback=collect)
    starred = pool.starmap_async(power, [(2, 3), (3, 2)], callback=collect)
    slow = pool.apply_async(square, (0,), {"pause": 0.5})
    try:
        slow.successful()
    except ValueError:
        print("successful() before ready: ValueError")
    try:
        slow.get(timeout=0.2)
    except multiprocessing.TimeoutError:
        print("get(timeout=0.2): TimeoutError, ready", slow.ready())
    print("slow", slow.get())
    pool.close()
    pool.join()
    print(results)
    print(mapped.ready(), mapped.successful(), mapped.get(), starred.get())
    try:
        pool.apply_async(square, (1,))
    except ValueError as e:
        print("after close:", e)
