# multiprocessing's Event, Condition, Semaphore and BoundedSemaphore work between processes.
import multiprocessing
import time


def waiter(event, q, name):
    q.put(name + " waits")
    event.wait()
    q.put(name + " released")


def consumer(cond, items, q):
    with cond:
        while items.value == 0:
            cond.wait()
        items.value -= 1
        q.put("consumed, left %d" % items.value)


def limited(sem, active, peak):
    with sem:
        with active.get_lock():
            active.value += 1
            peak.value = max(peak.value, active.value)
        time.sleep(0.2)
        with active.get_lock():
            active.value -= 1


if __name__ == "__main__":
    q = multiprocessing.Queue()
    event = multiprocessing.Event()
    print(event.is_set(), event.wait(0.1))
    ps = [multiprocessing.Process(target=waiter, args=(event, q, "w%d" % i)) for i in range(2)]
    for p in ps:
        p.start()
        print(q.get())
    time.sleep(0.2)
    event.set()
    print(sorted([q.get(), q.get()]), event.is_set())
    for p in ps:
        p.join()
    event.clear()
    print(event.is_set())

    cond = multiprocessing.Condition()
    items = multiprocessing.Value("i", 0)
    cs = [multiprocessing.Process(target=consumer, args=(cond, items, q)) for i in range(2)]
    for c in cs:
        c.start()
    time.sleep(0.2)
    with cond:
        items.value = 2
        cond.notify_all()
    print(q.get())
    print(q.get())
    for c in cs:
        c.join()

    sem = multiprocessing.Semaphore(2)
    print(sem.get_value())
    active = multiprocessing.Value("i", 0)
    peak = multiprocessing.Value("i", 0)
    ls = [multiprocessing.Process(target=limited, args=(sem, active, peak)) for i in range(4)]
    for p in ls:
        p.start()
    for p in ls:
        p.join()
    print("at most", peak.value, "at once;", active.value, "now")
    print(sem.get_value())
    bounded = multiprocessing.BoundedSemaphore(1)
    print(bounded.acquire(), bounded.acquire(False))
    bounded.release()
    try:
        bounded.release()
    except ValueError as e:
        print("ValueError:", e)
