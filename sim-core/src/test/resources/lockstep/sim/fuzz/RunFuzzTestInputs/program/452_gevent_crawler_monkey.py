# gevent is not installed here: the expected output follows gevent's documented behaviour, where after
# monkey.patch_all() time.sleep switches to the hub (standing for network I/O) and timers fire by deadline.
from gevent import monkey
monkey.patch_all()

import time
import gevent

URLS = [('https://www.python.org/', 0.3), ('https://www.yahoo.com/', 0.1), ('https://github.com/', 0.2)]


def fetch(url, delay):
    print('GET: %s' % url)
    time.sleep(delay)
    size = len(url) * 1000
    print('%d bytes received from %s.' % (size, url))
    return size


start = time.time()
jobs = [gevent.spawn(fetch, url, delay) for url, delay in URLS]
gevent.joinall(jobs, timeout=5)
print([job.value for job in jobs])
print('all done in %.1f s' % (time.time() - start))
print(monkey.is_module_patched('time'))

start = time.time()
order = []


def download(name, delay):
    for step in range(3):
        time.sleep(delay)
        order.append((name, step))


gevent.joinall([gevent.spawn(download, name, delay) for name, delay in (('a', 0.07), ('b', 0.11), ('c', 0.13))])
print(order)
print('downloads done in %.1f s' % (time.time() - start))
