# ThreadPool's imap and imap_unordered (multiprocessing.dummy) are the same iterators as the process pool's: an
# exception at the failed item, then the items after it.
import time
from multiprocessing.dummy import Pool


def work(n):
    time.sleep(0.01 * n)
    if n in (2, 3):
        raise KeyError(n)
    return n * n


with Pool(3) as pool:
    it = pool.imap(work, range(6))
    print(type(it).__name__)
    results = []
    for _ in range(7):
        try:
            results.append(next(it))
        except KeyError as e:
            results.append("KeyError %s" % e)
        except StopIteration:
            results.append("stop")
    print(results)

    it = pool.imap_unordered(work, [5, 3, 1])
    print(type(it).__name__)
    results = []
    while True:
        try:
            results.append(next(it))
        except KeyError as e:
            results.append("KeyError %s" % e)
        except StopIteration:
            break
    print(results)
    print(list(pool.imap(work, [1, 4])), sorted(pool.imap_unordered(work, [4, 1])))
