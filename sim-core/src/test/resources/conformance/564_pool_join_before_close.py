# Pool.join() before close() or terminate() is refused with CPython's ValueError (the workers would wait for work
# for ever); a closed pool takes no more work.
from multiprocessing import Pool
from multiprocessing.pool import ThreadPool


def double(n):
    return 2 * n


if __name__ == "__main__":
    for make in (Pool, ThreadPool):
        pool = make(2)
        print(pool.map(double, [1, 2]))
        try:
            pool.join()
        except ValueError as e:
            print(make.__name__, "join:", e)
        pool.close()
        try:
            pool.apply_async(double, (3,))
        except ValueError as e:
            print(make.__name__, "after close:", e)
        pool.join()
        print(make.__name__, "joined")
