# A ThreadPool prints as CPython's multiprocessing.pool.ThreadPool; imap with a chunksize above 1 goes over the
# chunks' results as CPython's generator does, so a failure ends it, unlike imap's own iterator.
import multiprocessing
from multiprocessing.dummy import Pool
from multiprocessing.pool import Pool as ProcessPool, ThreadPool


def square(n):
    if n == 3:
        raise ValueError(n)
    return n * n


if __name__ == "__main__":
    with ThreadPool(2) as pool:
        print(repr(pool), type(pool).__module__)
        print(list(pool.imap(square, range(3), chunksize=2)))
        it = pool.imap(square, range(6), chunksize=4)
        try:
            print(list(it))
        except ValueError as e:
            print("ValueError", e, list(it))
    print(repr(pool))
    pool = Pool(3)
    print(repr(pool), type(pool).__name__)
    pool.close()
    print(repr(pool))
    pool.join()
    with ProcessPool(2) as pool:
        it = pool.imap(square, range(6), chunksize=2)
        print(iter(it) is it)
        got = []
        try:
            for r in it:
                got.append(r)
        except ValueError as e:
            got.append("ValueError %s" % e)
        print(got, next(it, "ended"))
        it = pool.imap_unordered(square, range(3), chunksize=2)
        print(sorted(it))
        try:
            pool.imap(square, range(3), chunksize=0)
        except ValueError as e:
            print("ValueError:", e)
