import multiprocessing as mp
import time

def square(x):
    time.sleep(0.1)
    return x * x

def slow(x):
    time.sleep(0.5 - 0.1 * x)
    return x

if __name__ == '__main__':
    start = time.perf_counter()
    with mp.Pool(4) as pool:
        print(pool.map(square, range(8)))
        print(round(time.perf_counter() - start, 1))
        r = pool.map_async(square, [1, 2, 3])
        print(r.get())
        start = time.perf_counter()
        print([pool.apply(square, (i,)) for i in range(4)], round(time.perf_counter() - start, 1))
        start = time.perf_counter()
        rs = [pool.apply_async(square, (i,)) for i in range(4)]
        print([r.get() for r in rs], round(time.perf_counter() - start, 1))
        print(sorted(pool.imap_unordered(slow, range(4))), list(pool.imap_unordered(slow, range(4))))
