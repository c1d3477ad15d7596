# JoinableQueue's join waits for task_done of every item; active_children lists the live children;
# freeze_support does nothing outside a frozen Windows program.
import multiprocessing
import time


def worker(q, results):
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        time.sleep(0.05)
        results.put(item * 10)
        q.task_done()


if __name__ == "__main__":
    multiprocessing.freeze_support()
    q = multiprocessing.JoinableQueue()
    results = multiprocessing.Queue()
    ws = [multiprocessing.Process(target=worker, args=(q, results), name="W%d" % i) for i in range(2)]
    for w in ws:
        w.start()
    print(sorted(p.name for p in multiprocessing.active_children()))
    for i in range(6):
        q.put(i)
    q.join()
    print("all tasks done")
    print(sorted(results.get() for i in range(6)))
    for w in ws:
        q.put(None)
    q.join()
    for w in ws:
        w.join()
    print(multiprocessing.active_children())
    try:
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)
