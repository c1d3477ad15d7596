# gevent is not installed here: the expected output follows gevent's documented hub order and gevent.pool (a
# Pool of size n runs at most n greenlets at once; spawn waits for a free slot; map returns results in order).
from gevent import monkey
monkey.patch_all()

import time
import gevent
from gevent.pool import Pool, Group


def fetch(n):
    print('start', n)
    time.sleep(0.1 * (n % 3 + 1))
    print('done', n)
    return n * n


pool = Pool(2)
print(pool.map(fetch, range(5)))
print(len(pool), pool.free_count(), pool.full())

pool = Pool(3)
for n in (10, 11, 12, 14):
    pool.spawn(fetch, n)
print('spawned', len(pool), pool.full())
pool.join()
print('joined', len(pool))

group = Group()
jobs = [group.spawn(fetch, n) for n in (20, 21)]
group.join()
print([job.value for job in jobs], len(group))
print(sorted(Pool(2).imap_unordered(fetch, [30, 31])))
