# gevent.event for the scenario language: Event and AsyncResult over the hub of gevent.py. Setting one schedules
# the hub's notification of its waiters (gevent's _notify_links), which switches to each in the order they came.

import gevent as _gevent

__all__ = ['Event', 'AsyncResult']


class _Linkable:
    def __init__(self):
        self._links = []
        self._notify_scheduled = False

    def rawlink(self, callback):
        self._links.append(callback)
        if self.ready():
            self._schedule_notify()

    def unlink(self, callback):
        if callback in self._links:
            self._links.remove(callback)

    def _schedule_notify(self):
        if self._links and not self._notify_scheduled:
            self._notify_scheduled = True
            _gevent._run_callback(self._notify_links)

    def _notify_links(self):
        self._notify_scheduled = False
        links = self._links
        self._links = []
        for link in links:
            link(self)

    def _link_waiter(self, waiter):
        self._links.append(waiter.switch)

    def _unlink_waiter(self, waiter):
        self.unlink(waiter.switch)


class Event(_Linkable):
    def __init__(self):
        _Linkable.__init__(self)
        self._flag = False

    def __repr__(self):
        return '<Event %s _links[%d]>' % ('set' if self._flag else 'clear', len(self._links))

    def is_set(self):
        return self._flag

    isSet = is_set

    def ready(self):
        return self._flag

    def set(self):
        self._flag = True
        self._schedule_notify()

    def clear(self):
        self._flag = False

    def wait(self, timeout=None):
        if self._flag:
            return True
        _gevent._wait_for('Event.wait()', timeout, self._link_waiter, self._unlink_waiter)
        return self._flag


class AsyncResult(_Linkable):
    def __init__(self):
        _Linkable.__init__(self)
        self.value = None
        self._exception = None
        self._done = False

    def ready(self):
        return self._done

    def successful(self):
        return self._done and self._exception is None

    @property
    def exception(self):
        return self._exception

    def set(self, value=None):
        self.value = value
        self._done = True
        self._schedule_notify()

    def set_exception(self, exception):
        self._exception = exception
        self._done = True
        self._schedule_notify()

    def get(self, block=True, timeout=None):
        if not self._done:
            if not block:
                raise _gevent.Timeout()
            done, value = _gevent._wait_for('AsyncResult.get()', timeout, self._link_waiter, self._unlink_waiter)
            if not done:
                raise _gevent.Timeout(timeout)
        if self._exception is not None:
            raise self._exception
        return self.value

    def get_nowait(self):
        return self.get(False)

    def wait(self, timeout=None):
        if not self._done:
            _gevent._wait_for('AsyncResult.wait()', timeout, self._link_waiter, self._unlink_waiter)
        return self.value
