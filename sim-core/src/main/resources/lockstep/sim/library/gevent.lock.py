# gevent.lock for the scenario language: Semaphore, BoundedSemaphore and RLock over the hub of gevent.py. A
# release that finds waiters schedules the hub's notification, which hands each freed unit to the waiter that came
# first and switches to it.

import gevent as _gevent

__all__ = ['Semaphore', 'BoundedSemaphore', 'DummySemaphore', 'RLock']


class Semaphore:
    def __init__(self, value=1):
        if value < 0:
            raise ValueError('semaphore initial value must be >= 0')
        self.counter = value
        self._links = []
        self._notify_scheduled = False

    def __repr__(self):
        return '<%s counter=%s _links[%d]>' % (type(self).__name__, self.counter, len(self._links))

    def locked(self):
        return self.counter <= 0

    def ready(self):
        return self.counter > 0

    def acquire(self, blocking=True, timeout=None):
        if self.counter > 0:
            self.counter -= 1
            return True
        if not blocking:
            return False
        done, value = _gevent._wait_for('%s.acquire()' % type(self).__name__, timeout, self._links.append,
                                        self._drop_waiter)
        return done

    def _drop_waiter(self, waiter):
        if waiter in self._links:
            self._links.remove(waiter)

    def release(self):
        self.counter += 1
        if self._links and not self._notify_scheduled:
            self._notify_scheduled = True
            _gevent._run_callback(self._notify_links)
        return self.counter

    def _notify_links(self):
        self._notify_scheduled = False
        while self._links and self.counter > 0:
            self.counter -= 1
            waiter = self._links.pop(0)
            waiter.switch(True)

    def wait(self, timeout=None):
        if self.counter > 0:
            return self.counter
        _gevent._wait_for('%s.wait()' % type(self).__name__, timeout, self._links.append, self._drop_waiter)
        return self.counter

    def __enter__(self):
        self.acquire()

    def __exit__(self, exc_type, exc, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def release(self):
        if self.counter >= self._initial_value:
            raise ValueError('Semaphore released too many times')
        return Semaphore.release(self)


class DummySemaphore:
    def __init__(self, value=None):
        self.counter = value

    def locked(self):
        return False

    def acquire(self, blocking=True, timeout=None):
        return True

    def release(self):
        pass

    def __enter__(self):
        pass

    def __exit__(self, exc_type, exc, tb):
        pass


class RLock:
    def __init__(self):
        self._block = Semaphore(1)
        self._owner = None
        self._count = 0

    def __repr__(self):
        return '<RLock count=%d>' % self._count

    def locked(self):
        return self._block.locked()

    def acquire(self, blocking=True, timeout=None):
        me = _gevent.getcurrent()
        if self._owner is me:
            self._count += 1
            return True
        if self._block.acquire(blocking, timeout):
            self._owner = me
            self._count = 1
            return True
        return False

    def release(self):
        if self._owner is not _gevent.getcurrent():
            raise RuntimeError('cannot release un-acquired lock')
        self._count -= 1
        if self._count == 0:
            self._owner = None
            self._block.release()

    def __enter__(self):
        return self.acquire()

    def __exit__(self, exc_type, exc, tb):
        self.release()
