# multiprocessing.dummy's Pool.imap and imap_unordered are lazy: each result is printed as soon as it is ready.
import time
from multiprocessing.dummy import Pool


def work(n):
    time.sleep(0.1 * n)
    print("worked", n)
    return n * 10


def fails(n):
    time.sleep(0.1 * n)
    if n == 2:
        raise ValueError("bad %d" % n)
    return n


pool = Pool(3)
it = pool.imap(work, [3, 1, 2])
print("imap returned")
for r in it:
    print("got", r)
for r in pool.imap_unordered(work, [3, 1, 2]):
    print("unordered", r)
try:
    for r in pool.imap(fails, [1, 2, 3]):
        print("ok", r)
except ValueError as e:
    print("error", e)
pool.close()
pool.join()
