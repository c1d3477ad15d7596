# The main thread dies of an exception with work still queued: CPython prints the traceback, then its exit
# hooks shut the executor down, and the queued work still runs.
import concurrent.futures
import time


def job(n):
    time.sleep(0.1)
    print("job", n, "done", flush=True)


ex = concurrent.futures.ThreadPoolExecutor(max_workers=1)
for i in range(3):
    ex.submit(job, i)
print("main fails", flush=True)
raise RuntimeError("main failed with work queued")
