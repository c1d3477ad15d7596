# Executor.map(timeout=...): the timeout counts from the call; a result not ready by then raises TimeoutError
# and the calls not yet started are cancelled.
import time
from concurrent import futures


def work(n):
    time.sleep(0.1 * n)
    return n


executor = futures.ThreadPoolExecutor(max_workers=1)
it = executor.map(work, [1, 2, 10, 3], timeout=0.35)
try:
    for r in it:
        print("result", r)
except futures.TimeoutError:
    print("timed out")
executor.shutdown(wait=True)
print("shut down")

with futures.ThreadPoolExecutor(max_workers=2) as ex:
    gen = ex.map(work, [1, 1, 1, 1, 1, 1])
    print(next(gen), next(gen))
    gen.close()
print("closed early")
