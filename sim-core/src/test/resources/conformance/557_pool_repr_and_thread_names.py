# A Pool prints as CPython's multiprocessing.pool.Pool with its state and size; its three handler threads take
# the next thread names, so a thread made after it is Thread-4; multiprocessing.cpu_count() is os.cpu_count().
import multiprocessing
import os
import threading
from multiprocessing import Pool


def square(n):
    return n * n


if __name__ == "__main__":
    print(multiprocessing.cpu_count() == os.cpu_count())
    pool = Pool(2)
    print(repr(pool), type(pool).__name__, type(pool).__module__)
    print(pool.map(square, range(5)))
    t = threading.Thread(target=print, args=("in", threading.current_thread().name))
    print(t.name)
    t.start()
    t.join()
    pool.close()
    print(repr(pool))
    pool.join()
    with Pool(1) as other:
        print(repr(other), other.apply(square, (7,)))
    print(repr(other))
    print(threading.Thread().name)
