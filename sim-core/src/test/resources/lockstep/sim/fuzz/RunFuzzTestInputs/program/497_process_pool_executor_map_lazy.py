# ProcessPoolExecutor.map is lazy as well: it returns at once, results come in order as they are ready.
import time
import concurrent.futures


def cube(n):
    time.sleep(0.1 * n)
    return n ** 3


if __name__ == "__main__":
    with concurrent.futures.ProcessPoolExecutor(max_workers=2) as executor:
        results = executor.map(cube, [2, 1, 3])
        print("returned")
        for n, r in zip([2, 1, 3], results):
            print(n, r)
        print(max(executor.map(cube, [1, 2])))
