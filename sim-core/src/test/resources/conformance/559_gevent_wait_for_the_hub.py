# gevent.wait() with no objects is the hub's join(): it runs the hub until nothing is left to do and returns True,
# or returns False once its timeout has passed; a greenlet waiting for what nothing will bring does not keep it
# waiting. (gevent is not part of CPython: the output follows gevent's documented Hub.join.)
import time

import gevent
from gevent.queue import Queue

start = time.time()


def job(n):
    gevent.sleep(n)
    print('job', n, 'done')


def stuck(q):
    print('waits for an item')
    q.get()
    print('never')


gevent.spawn(job, 2)
gevent.spawn(job, 1)
print(gevent.wait(timeout=1.5), round(time.time() - start, 1))
print(gevent.wait(), round(time.time() - start, 1))
gevent.spawn(stuck, Queue())
print(gevent.wait(), round(time.time() - start, 1))
print(gevent.wait(timeout=1), round(time.time() - start, 1))
