# gevent is not installed here: the expected output follows gevent's documented hub order and gevent.lock's
# Semaphore (a release wakes the waiters in the order they came; at most `value` holders at once).
import gevent
from gevent.lock import BoundedSemaphore, Semaphore, RLock

sem = BoundedSemaphore(2)


def worker1(n):
    sem.acquire()
    print('Worker %i acquired semaphore' % n)
    gevent.sleep(0)
    sem.release()
    print('Worker %i released semaphore' % n)


def worker2(n):
    with sem:
        print('Worker %i acquired semaphore' % n)
        gevent.sleep(0)
    print('Worker %i released semaphore' % n)


pool = [gevent.spawn(worker1, i) for i in range(0, 2)]
pool.extend([gevent.spawn(worker2, i) for i in range(3, 6)])
gevent.joinall(pool)
try:
    sem.release()
except ValueError as e:
    print('ValueError:', e)

limit = Semaphore(3)
running = []
peak = [0]


def crawl(n):
    with limit:
        running.append(n)
        peak[0] = max(peak[0], len(running))
        gevent.sleep(0.1 * (n % 3 + 1))
        running.remove(n)
    return n


jobs = [gevent.spawn(crawl, n) for n in range(8)]
gevent.joinall(jobs)
print('peak', peak[0], [job.value for job in jobs], limit.counter)

lock = RLock()


def nested(n):
    with lock:
        with lock:
            print('nested', n)
            gevent.sleep(0)
        print('outer', n)


gevent.joinall([gevent.spawn(nested, n) for n in range(2)])
print("nested locks done")
