# gevent.pool's imap and imap_unordered are lazy, as gevent's IMap: each result is given when the iteration
# reaches it (in the items' order, or as the calls finish), a failed call's exception is raised there, and the
# iteration then goes on with the others. (gevent is not part of CPython: the output follows gevent's documented
# IMap; the failed greenlet's traceback goes to stderr.)
import gevent
from gevent.pool import Group, Pool


def work(n):
    gevent.sleep(n / 10)
    print('finished', n)
    if n == 2:
        raise ValueError(n)
    return n


def drain(results):
    while True:
        try:
            print('got', next(results))
        except StopIteration:
            print('done')
            return
        except ValueError as e:
            print('error', e)


drain(Group().imap_unordered(work, [3, 1, 2]))
drain(Group().imap(work, [3, 1, 2]))
pool = Pool(2)
for r in pool.imap(work, [1, 3, 4]):
    print('pool got', r)
print(list(Group().imap(pow, [2, 3], [3, 2])))
