# gevent.iwait gives each object as soon as it is ready (those ready already in their order), up to count of them
# or until its timeout; gevent.kill asks a greenlet to end without waiting for it. (gevent is not part of CPython:
# the output follows gevent's documentation.)
import gevent
from gevent.event import Event


def nap(n):
    gevent.sleep(n)
    return n


jobs = [gevent.spawn(nap, n) for n in (0.3, 0.1, 0.2)]
for g in gevent.iwait(jobs):
    print('done', g.value)
print([g.value for g in gevent.iwait(jobs)])
more = [gevent.spawn(nap, n) for n in (0.3, 0.1, 0.2)]
print([g.value for g in gevent.iwait(more, count=2)])
slow = [gevent.spawn(nap, n) for n in (1, 0.05)]
print([g.value for g in gevent.iwait(slow, timeout=0.5)])
event = Event()
gevent.spawn_later(0.1, event.set)
print([type(o).__name__ for o in gevent.iwait([event])], event.is_set())

g = gevent.spawn(nap, 5)
gevent.sleep(0)
gevent.kill(g)
print(g.dead)
gevent.sleep(0)
print(g.dead, type(g.value).__name__)
gevent.kill(g)
print('killed twice')
