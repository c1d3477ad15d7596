# Executor.map's iterator is a generator, unlike Pool.imap's: the failed call's exception ends it, the next next()
# raises StopIteration, and the calls not yet started are cancelled.
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def work(n):
    time.sleep(0.1)
    if n == 1:
        raise ValueError("no %d" % n)
    return n


if __name__ == "__main__":
    for executor_class in (ProcessPoolExecutor, ThreadPoolExecutor):
        with executor_class(max_workers=1) as executor:
            it = executor.map(work, range(5))
            print(executor_class.__name__, type(it).__name__)
            print(next(it))
            try:
                next(it)
            except ValueError as e:
                print("error", e)
            try:
                next(it)
            except StopIteration:
                print("then StopIteration")
