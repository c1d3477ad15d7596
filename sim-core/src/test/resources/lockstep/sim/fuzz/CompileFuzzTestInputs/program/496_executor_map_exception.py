# Executor.map: a call's exception is raised when the iteration reaches its result; the results before it are
# printed first, and the calls not yet started when it stops are cancelled.
import time
from concurrent.futures import ThreadPoolExecutor

ran = []


def work(n):
    time.sleep(0.1)
    ran.append(n)
    if n == 2:
        raise ValueError("no %d" % n)
    return n


with ThreadPoolExecutor(max_workers=1) as executor:
    try:
        for r in executor.map(work, range(6)):
            print("result", r)
    except ValueError as e:
        print("error", e)
print("ran", ran)
