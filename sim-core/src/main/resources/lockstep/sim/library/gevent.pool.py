# gevent.pool for the scenario language: Group (a set of greenlets, joined together) and Pool (a Group of at most
# `size` greenlets: spawn waits for a free slot). map and imap spawn their calls from a greenlet of their own, as
# gevent's IMap does, so the caller waits while the hub runs them; imap gives each result as the iteration reaches
# it, imap_unordered the results as they come.

import gevent as _gevent
from gevent.lock import Semaphore as _Semaphore
from gevent.event import Event as _Event
from gevent.queue import Queue as _Queue

__all__ = ['Group', 'Pool', 'PoolFull']


class PoolFull(Exception):
    pass


class Group:
    greenlet_class = _gevent.Greenlet

    def __init__(self, *greenlets):
        self.greenlets = []
        self._empty_event = _Event()
        self._empty_event.set()
        for greenlet in greenlets:
            self.add(greenlet)

    def __repr__(self):
        return '<%s at 0x%x %s>' % (type(self).__name__, id(self), self.greenlets)

    def __len__(self):
        return len(self.greenlets)

    def __contains__(self, item):
        return item in self.greenlets

    def __iter__(self):
        return iter(list(self.greenlets))

    def add(self, greenlet):
        greenlet.rawlink(self._discard)
        self.greenlets.append(greenlet)
        self._empty_event.clear()

    def _discard(self, greenlet):
        if greenlet in self.greenlets:
            self.greenlets.remove(greenlet)
        if not self.greenlets:
            self._empty_event.set()

    def discard(self, greenlet):
        self._discard(greenlet)
        greenlet.unlink(self._discard)

    def start(self, greenlet):
        self.add(greenlet)
        greenlet.start()

    def spawn(self, *args, **kwargs):
        greenlet = self.greenlet_class(*args, **kwargs)
        self.start(greenlet)
        return greenlet

    def join(self, timeout=None, raise_error=False):
        if raise_error:
            for greenlet in list(self.greenlets):
                greenlet.get(timeout=timeout)
            return True
        return self._empty_event.wait(timeout=timeout)

    def kill(self, exception=_gevent.GreenletExit, block=True, timeout=None):
        _gevent.killall(list(self.greenlets), exception, block, timeout)

    def killone(self, greenlet, exception=_gevent.GreenletExit, block=True, timeout=None):
        if greenlet in self.greenlets:
            greenlet.kill(exception, block, timeout)

    def full(self):
        return False

    def wait_available(self, timeout=None):
        pass

    def apply(self, func, args=None, kwds=None):
        if args is None:
            args = ()
        if kwds is None:
            kwds = {}
        if _gevent.getcurrent() in self.greenlets:
            return func(*args, **kwds)
        return self.spawn(func, *args, **kwds).get()

    def apply_async(self, func, args=None, kwds=None, callback=None):
        if args is None:
            args = ()
        if kwds is None:
            kwds = {}
        greenlet = self.spawn(func, *args, **kwds)
        if callback is not None:
            greenlet.link(lambda g: callback(g.value) if g.successful() else None)
        return greenlet

    def _spawn_each(self, func, items):
        # The spawning greenlet: gevent's IMap, which waits in spawn() while the pool is full.
        spawned = []
        spawner = _gevent.spawn(self._spawn_all, func, items, spawned)
        spawner.join()
        return spawned

    def _spawn_all(self, func, items, spawned):
        for item in items:
            spawned.append(self.spawn(func, item))

    def map(self, func, iterable):
        return [greenlet.get() for greenlet in self._spawn_each(func, list(iterable))]

    def imap(self, func, *iterables):
        return self._imap(func, iterables, True)

    def imap_unordered(self, func, *iterables):
        return self._imap(func, iterables, False)

    def _imap(self, func, iterables, ordered):
        items = list(iterables[0]) if len(iterables) == 1 else list(zip(*iterables))
        call = func if len(iterables) == 1 else (lambda args: func(*args))
        return _IMap(self, call, items, ordered)

    def map_async(self, func, iterable, callback=None):
        return _gevent.spawn(self._map_then, func, list(iterable), callback)

    def _map_then(self, func, items, callback):
        results = self.map(func, items)
        if callback is not None:
            callback(results)
        return results


class _IMap:
    # gevent's IMap and IMapUnordered: a greenlet of their own spawns the calls (waiting while a Pool is full), and
    # each next() waits for the following result, in the order of the items or in the order the calls finish,
    # returning it or raising the exception its greenlet raised; the iteration then goes on with the others.
    def __init__(self, group, func, items, ordered):
        self._finished = _Queue()
        self._ordered = ordered
        self._held = {}
        self._index = 0
        self._count = len(items)
        self._taken = 0
        _gevent.spawn(self._spawn_all, group, func, items)

    def _spawn_all(self, group, func, items):
        for index, item in enumerate(items):
            group.spawn(func, item).rawlink(_Finished(self._finished, index))

    def __iter__(self):
        return self

    def __next__(self):
        if self._taken == self._count:
            raise StopIteration
        if self._ordered:
            while self._index not in self._held:
                index, greenlet = self._finished.get()
                self._held[index] = greenlet
            greenlet = self._held.pop(self._index)
            self._index += 1
        else:
            index, greenlet = self._finished.get()
        self._taken += 1
        if greenlet.exception is not None:
            raise greenlet.exception
        return greenlet.value


class _Finished:
    # The link by which a call of an imap reports its end, with its index.
    def __init__(self, queue, index):
        self.queue = queue
        self.index = index

    def __call__(self, greenlet):
        self.queue.put((self.index, greenlet))


class Pool(Group):
    def __init__(self, size=None, greenlet_class=None):
        if size is not None and size < 0:
            raise ValueError('size must not be negative: %r' % (size,))
        Group.__init__(self)
        self.size = size
        if greenlet_class is not None:
            self.greenlet_class = greenlet_class
        self._semaphore = _Semaphore(size) if size is not None else None

    def wait_available(self, timeout=None):
        if self._semaphore is not None:
            return self._semaphore.wait(timeout)
        return 1

    def full(self):
        return self.free_count() <= 0

    def free_count(self):
        if self.size is None:
            return 1
        return max(0, self.size - len(self))

    def add(self, greenlet, blocking=True, timeout=None):
        if self._semaphore is not None:
            if not self._semaphore.acquire(blocking, timeout):
                raise PoolFull()
        Group.add(self, greenlet)

    def _discard(self, greenlet):
        was_member = greenlet in self.greenlets
        Group._discard(self, greenlet)
        if was_member and self._semaphore is not None:
            self._semaphore.release()
