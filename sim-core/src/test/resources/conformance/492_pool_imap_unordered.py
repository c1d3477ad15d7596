# Pool.imap_unordered gives the results in the order they are ready.
import time
from multiprocessing import Pool


def slow(n):
    time.sleep(0.1 * n)
    return n


if __name__ == "__main__":
    with Pool(4) as pool:
        for r in pool.imap_unordered(slow, [4, 1, 3, 2]):
            print("ready", r)
        print(sorted(pool.imap_unordered(slow, [2, 1])))
