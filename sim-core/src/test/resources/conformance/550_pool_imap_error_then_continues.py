# Pool.imap and imap_unordered: a failed task's exception is raised when the iteration reaches it, and the same
# iterator then goes on with the results after it (CPython's IMapIterator); next(timeout) raises TimeoutError and
# leaves the result to a later next().
import multiprocessing
import time
from multiprocessing import Pool


def work(n):
    time.sleep(0.1 * (n % 3))
    if n % 3 == 1:
        raise ValueError("bad %d" % n)
    return n * 10


def slow(n):
    time.sleep(0.5)
    return n


def drain(it):
    while True:
        try:
            print("  got", next(it))
        except StopIteration:
            print("  stop")
            return
        except ValueError as e:
            print("  error", e)


if __name__ == "__main__":
    with Pool(2) as pool:
        it = pool.imap(work, range(7))
        print(type(it).__name__, type(it).__module__, iter(it) is it)
        drain(it)
        try:
            next(it)
        except StopIteration:
            print("stop again")

        it = pool.imap_unordered(work, range(7))
        print(type(it).__name__)
        drain(it)

        it = pool.imap(work, range(4))
        try:
            for r in it:
                print("for", r)
        except ValueError as e:
            print("for stopped by", e)
        for r in it:
            print("for again", r)

        it = pool.imap(slow, [7])
        try:
            it.next(timeout=0.1)
        except multiprocessing.TimeoutError as e:
            print("timeout", type(e).__name__, isinstance(e, multiprocessing.ProcessError))
        print("then", it.next(timeout=1))
