# multiprocessing.dummy: the multiprocessing API on threads, as tutorials use it for I/O-bound work.
from multiprocessing.dummy import Pool as ThreadPool
import multiprocessing.dummy
import threading
import time


def fetch(n):
    time.sleep(0.1 * (4 - n))
    return n * n, threading.current_thread().name


def show(results):
    print("callback got", [value for value, name in results])


pool = ThreadPool(2)
print(pool.map(fetch, range(4)))
print(pool.apply(fetch, (3,))[0])
r = pool.map_async(fetch, [1, 2], callback=show)
r.wait()
print(r.ready(), r.successful())
print(sorted(value for value, name in pool.imap_unordered(fetch, [0, 3])))
print(pool.starmap(max, [(1, 5), (7, 2)]))
pool.close()
pool.join()

with multiprocessing.dummy.Pool(3) as p:
    print(p.map(len, ["a", "bb", "ccc"]))

shared = []


def work(n):
    shared.append(n)


ps = [multiprocessing.dummy.Process(target=work, args=(i,)) for i in range(3)]
print(ps[0].exitcode)
for p in ps:
    p.start()
for p in ps:
    p.join()
print(sorted(shared), [p.exitcode for p in ps], multiprocessing.dummy.active_children())
print(multiprocessing.dummy.current_process().name)
q = multiprocessing.dummy.Queue()
q.put("through a thread queue")
print(q.get())
