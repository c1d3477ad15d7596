# Pool.imap returns at once and gives each result in order, as soon as it is ready.
import time
from multiprocessing import Pool


def square(n):
    time.sleep(0.1 * n)
    return n * n


if __name__ == "__main__":
    with Pool(3) as pool:
        it = pool.imap(square, [3, 1, 2])
        print("imap returned")
        for r in it:
            print("result", r)
        print(sum(pool.imap(square, range(4))))
