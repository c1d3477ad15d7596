# gevent.queue for the scenario language: gevent's Queue over the hub of gevent.py. A put that finds getters
# waiting, or a get that frees room for waiting putters, schedules the hub's hand-over (gevent's _unlock) as a
# callback; the hand-over gives each getter its item as it switches to it.

import gevent as _gevent

__all__ = ['Queue', 'LifoQueue', 'JoinableQueue', 'Empty', 'Full']


class Empty(Exception):
    pass


class Full(Exception):
    pass


class Queue:
    def __init__(self, maxsize=None, items=()):
        if maxsize is not None and maxsize <= 0:
            maxsize = None
        self._maxsize = maxsize
        self.queue = list(items)
        self.getters = []
        self.putters = []
        self._unlock_scheduled = False

    @property
    def maxsize(self):
        return self._maxsize

    def __repr__(self):
        return '<%s queue=%r>' % (type(self).__name__, self.queue)

    def __len__(self):
        return len(self.queue)

    def __bool__(self):
        return True

    def qsize(self):
        return len(self.queue)

    def empty(self):
        return not self.queue

    def full(self):
        return self._maxsize is not None and len(self.queue) >= self._maxsize

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop(0)

    def _peek(self):
        return self.queue[0]

    def put(self, item, block=True, timeout=None):
        if self._maxsize is None or len(self.queue) < self._maxsize:
            self._put(item)
            if self.getters:
                self._schedule_unlock()
            return
        if not block:
            raise Full()
        putter = _Putter(item)
        self.putters.append(putter)
        if self.getters:
            self._schedule_unlock()
        done, value = _gevent._wait_for('Queue.put()', timeout, putter.register, self._drop_putter)
        if not done:
            raise Full()

    def put_nowait(self, item):
        self.put(item, False)

    def get(self, block=True, timeout=None):
        if self.queue:
            if self.putters:
                self._schedule_unlock()
            return self._get()
        if not block:
            raise Empty()
        done, value = _gevent._wait_for('Queue.get()', timeout, self._add_getter, self._drop_getter)
        if not done:
            raise Empty()
        return value

    def get_nowait(self):
        return self.get(False)

    def peek(self, block=True, timeout=None):
        if self.queue:
            return self._peek()
        raise Empty()

    def peek_nowait(self):
        return self.peek(False)

    def _add_getter(self, waiter):
        self.getters.append(waiter)
        if self.putters:
            self._schedule_unlock()

    def _drop_getter(self, waiter):
        if waiter in self.getters:
            self.getters.remove(waiter)

    def _drop_putter(self, waiter):
        for putter in list(self.putters):
            if putter.waiter is waiter:
                self.putters.remove(putter)

    def _schedule_unlock(self):
        if not self._unlock_scheduled:
            self._unlock_scheduled = True
            _gevent._run_callback(self._unlock)

    def _unlock(self):
        self._unlock_scheduled = False
        while True:
            repeat = False
            if self.putters and (self._maxsize is None or len(self.queue) < self._maxsize):
                repeat = True
                putter = self.putters.pop(0)
                self._put(putter.item)
                putter.waiter.switch(None)
            if self.getters and self.queue:
                repeat = True
                getter = self.getters.pop(0)
                getter.switch(self._get())
            if not repeat:
                return

    def __iter__(self):
        return self

    def __next__(self):
        item = self.get()
        if item is StopIteration:
            raise StopIteration
        return item


class _Putter:
    def __init__(self, item):
        self.item = item
        self.waiter = None

    def register(self, waiter):
        self.waiter = waiter


class LifoQueue(Queue):
    def _get(self):
        return self.queue.pop()

    def _peek(self):
        return self.queue[-1]


class JoinableQueue(Queue):
    def __init__(self, maxsize=None, items=()):
        Queue.__init__(self, maxsize, items)
        self._unfinished = len(self.queue)
        self._done_waiters = []

    def _put(self, item):
        Queue._put(self, item)
        self._unfinished += 1

    def task_done(self):
        if self._unfinished <= 0:
            raise ValueError('task_done() called too many times')
        self._unfinished -= 1
        if self._unfinished == 0 and self._done_waiters:
            waiters = self._done_waiters
            self._done_waiters = []
            for waiter in waiters:
                _gevent._run_callback(waiter.switch, None)

    def unfinished_tasks(self):
        return self._unfinished

    def join(self, timeout=None):
        if self._unfinished == 0:
            return True
        done, value = _gevent._wait_for('JoinableQueue.join()', timeout, self._done_waiters.append, _gevent._nothing)
        return done


Channel = Queue
