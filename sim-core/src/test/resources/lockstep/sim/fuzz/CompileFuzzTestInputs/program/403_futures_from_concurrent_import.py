# from concurrent import futures imports the submodule, as import concurrent.futures does.
from concurrent import futures
import concurrent


def double(x):
    return 2 * x


with futures.ThreadPoolExecutor(max_workers=2) as ex:
    fs = [ex.submit(double, i) for i in range(4)]
    print([f.result() for f in fs])
print(concurrent.futures is futures)
print(futures.FIRST_COMPLETED, futures.ALL_COMPLETED)
