# concurrent.futures: cancel() takes back a pending future; executors left open are shut down at exit, after
# running what was submitted.
import concurrent.futures
import threading
import time

gate = threading.Event()


def blocked():
    gate.wait()
    return "released"


def job(n):
    time.sleep(0.1)
    print("job", n, "done")
    return n


ex = concurrent.futures.ThreadPoolExecutor(max_workers=1)
first = ex.submit(blocked)
second = ex.submit(job, 2)
third = ex.submit(job, 3)
time.sleep(0.1)
print(first.running(), first.cancel(), first.cancelled())
print(second.running(), second.cancel(), second.cancelled(), second.done())
print(second.cancel())
gate.set()
print(first.result(), third.result())
try:
    second.result()
except concurrent.futures.CancelledError:
    print("CancelledError")
try:
    second.exception()
except concurrent.futures.CancelledError:
    print("CancelledError from exception()")

done = []
second.add_done_callback(lambda f: done.append(("cancelled", f.cancelled())))
third.add_done_callback(lambda f: done.append(("third", f.result())))
print(done)

ex2 = concurrent.futures.ThreadPoolExecutor(max_workers=1)
for i in range(3):
    ex2.submit(job, 10 + i)
ex2.shutdown(wait=False, cancel_futures=False)
print("shut down without waiting")
time.sleep(1)
ex3 = concurrent.futures.ThreadPoolExecutor(max_workers=1)
fs = [ex3.submit(job, 20 + i) for i in range(3)]
ex3.shutdown(wait=True, cancel_futures=False)
print([f.result() for f in fs])
ex4 = concurrent.futures.ThreadPoolExecutor(max_workers=1)
ex4.submit(job, 30)
left = ex4.submit(job, 31)
ex4.shutdown(wait=True, cancel_futures=True)
print("31 cancelled:", left.cancelled())
try:
    ex4.submit(job, 32)
except RuntimeError as e:
    print("RuntimeError:", e)
ex5 = concurrent.futures.ThreadPoolExecutor(max_workers=1)
ex5.submit(job, 40)
ex5.submit(job, 41)
print("main ends without shutdown")
