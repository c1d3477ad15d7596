# Executor.map returns at once; each result is printed as soon as it comes, while later calls still run.
import time
from concurrent.futures import ThreadPoolExecutor


def work(n):
    time.sleep(0.1 * n)
    print("work", n, "done")
    return n * n


with ThreadPoolExecutor(max_workers=3) as executor:
    start = time.monotonic()
    results = executor.map(work, [1, 2, 3])
    print("map returned", type(results).__name__)
    for r in results:
        print("result", r)
print("all done")
