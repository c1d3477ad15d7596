# gevent is not installed here: the expected output follows gevent's documented hub order and gevent.queue's
# behaviour (a get on an empty queue waits; with a timeout it raises queue.Empty when the timer fires).
import gevent
from gevent.queue import Queue, Empty

tasks = Queue()


def worker(n):
    try:
        while True:
            task = tasks.get(timeout=1)
            print('Worker %s got task %s' % (n, task))
            gevent.sleep(0)
    except Empty:
        print('Quitting time!')


def boss():
    for i in range(1, 25):
        tasks.put_nowait(i)


gevent.spawn(boss).join()
print(tasks.qsize(), tasks.empty())
gevent.joinall([
    gevent.spawn(worker, 'steve'),
    gevent.spawn(worker, 'john'),
    gevent.spawn(worker, 'nancy'),
])
print(tasks.qsize(), tasks.empty())

products = Queue()


def producer():
    for i in range(4):
        print('produce', i)
        products.put(i)
        gevent.sleep(0.1)
    products.put(None)


def consumer():
    while True:
        item = products.get()
        if item is None:
            break
        print('consume', item)


gevent.joinall([gevent.spawn(consumer), gevent.spawn(producer)])
try:
    products.get_nowait()
except Empty:
    print('empty at the end')
