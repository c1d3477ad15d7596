# gevent for the scenario language: greenlets run by a hub on one thread, in gevent's order. A spawned greenlet
# is a coroutine (its body calls the greenlet's function); when it waits, it leaves the thread through
# _asyncio._suspend, as an asyncio task does at an await, and the hub switches to the next one. The hub runs, as
# gevent's libev loop does, the timers that fell due (by deadline, then in the order they were started), then its
# callbacks in FIFO order (spawned greenlets starting, sleep(0), wake-ups), then waits in virtual time for the next
# timer. The main greenlet is the program's own code: when it waits, it runs the hub until something switches back
# to it. Differences from gevent, where the subset has no word:
# - a greenlet's name (Greenlet-0, Greenlet-1, ...) is given when it is made, where gevent gives it when first asked;
# - a waiter switching to the main greenlet takes effect once the hub's current callback is over.

import _asyncio
import _gevent
import _thread
import _time

__all__ = ['Greenlet', 'GreenletExit', 'spawn', 'spawn_later', 'joinall', 'killall', 'sleep', 'getcurrent',
           'LoopExit', 'Timeout', 'with_timeout', 'wait', 'idle', 'get_hub', 'iwait', 'kill']

_event = _asyncio._event


class GreenletExit(BaseException):
    pass


class LoopExit(Exception):
    pass


class Timeout(BaseException):
    # Raised in the greenlet that started it, where it waits, once its seconds have passed (or `exception` instead;
    # with exception=False, leaving the with block silently).
    def __init__(self, seconds=None, exception=None, ref=True, priority=-1):
        BaseException.__init__(self)
        self.seconds = seconds
        self.exception = exception
        self._timer = None
        self._greenlet = None

    @classmethod
    def start_new(cls, timeout=None, exception=None, ref=True):
        if isinstance(timeout, Timeout):
            timeout.start()
            return timeout
        timeout = cls(timeout, exception)
        timeout.start()
        return timeout

    @property
    def pending(self):
        return self._timer is not None

    def start(self):
        if self.seconds is None:
            return
        self._greenlet = _current
        self._timer = _start_timer(self.seconds, self._expire)

    def _expire(self):
        self._timer = None
        greenlet = self._greenlet
        waiter = _main_waiter[0] if greenlet is _MAIN else greenlet._waiter
        if waiter is None:
            return
        if self.exception is None or self.exception is False:
            waiter.throw(self)
        elif isinstance(self.exception, type):
            waiter.throw(self.exception())
        else:
            waiter.throw(self.exception)

    def cancel(self):
        _cancel_timer(self._timer)
        self._timer = None

    def close(self):
        self.cancel()

    def __enter__(self):
        if self._timer is None:
            self.start()
        return self

    def __exit__(self, typ, value, tb):
        self.cancel()
        if value is self and self.exception is False:
            return True
        return None

    def __str__(self):
        if self.seconds is None:
            return ''
        suffix = '' if self.seconds == 1 else 's'
        if self.exception is None:
            return '%s second%s' % (self.seconds, suffix)
        if self.exception is False:
            return '%s second%s (silent)' % (self.seconds, suffix)
        return '%s second%s: %s' % (self.seconds, suffix, self.exception)

    def __repr__(self):
        return '<Timeout seconds=%s exception=%s pending=%s>' % (self.seconds, self.exception, self.pending)


def with_timeout(seconds, function, *args, **kwargs):
    timeout = Timeout.start_new(seconds)
    try:
        return function(*args, **kwargs)
    finally:
        timeout.cancel()


class _MainGreenlet:
    # The greenlet the program's own code runs in (greenlet.greenlet, not a gevent Greenlet).
    def __repr__(self):
        return '<greenlet.greenlet object>'


_MAIN = _MainGreenlet()
_current = _MAIN
_callbacks = []      # functions (with their arguments) the hub runs, first queued first
_pending = []        # timers that fell due, and wake-ups a running callback makes, run before the callbacks
_timers = []         # [deadline, order, function, args, alive]
_timer_order = 0
_now = _time.monotonic()
_greenlet_count = 0
_greenlets = []      # every Greenlet made, in order: what the objects panel shows of the hub
_main_waiter = [None]  # what the main greenlet waits for, while it runs the hub
_hub_thread = _thread.get_ident()


class _Hub:
    # What _asyncio._select waits on when nothing is left to do: nothing wakes it (the main greenlet then fails).
    def __init__(self):
        self._woken = False
        self.loop = self


_HUB = _Hub()


def get_hub():
    return _HUB


def _run_callback(function, *args):
    _callbacks.append((function, args))


def _start_timer(seconds, function, *args):
    global _timer_order
    _timer_order += 1
    timer = [_now + seconds, _timer_order, function, args, True]
    index = len(_timers)
    while index > 0 and _timers[index - 1][0] > timer[0]:
        index -= 1
    _timers.insert(index, timer)
    return timer


def _cancel_timer(timer):
    if timer is not None and timer[4]:
        timer[4] = False
        _timers.remove(timer)


def _run_hub(waiter):
    # The main greenlet waits: run what is ready until something switches back to it.
    global _now
    while not waiter.fired:
        if _pending:
            function, args = _pending.pop(0)
            function(*args)
        elif _callbacks:
            function, args = _callbacks.pop(0)
            function(*args)
        elif _timers:
            # As libev does, the loop's time is read before the wait (timers started by the callbacks that ran
            # count from the time read before them) and again after it.
            _now = _time.monotonic()
            timeout = _timers[0][0] - _now
            if timeout > 0:
                _asyncio._select(timeout, _HUB)
            _now = _time.monotonic()
            while _timers and _timers[0][0] <= _now:
                timer = _timers.pop(0)
                timer[4] = False
                _pending.append((timer[2], timer[3]))
        else:
            raise LoopExit('This operation would block forever')


class _Waiter:
    # One wait of one greenlet: the hub switches back to it once, with a value or an exception.
    def __init__(self, what):
        self.greenlet = _current
        self.what = what
        self.fired = False
        self.value = None
        self.exception = None

    def switch(self, value=None):
        self._fire(value, None)

    def throw(self, exception):
        self._fire(None, exception)

    def _fire(self, value, exception):
        if self.fired:
            return
        self.fired = True
        self.value = value
        self.exception = exception
        greenlet = self.greenlet
        if greenlet is not _MAIN:
            _event('TASK_WAKE', 'event.greenlet_wake', greenlet._name, self.what)
            greenlet._switch_in()

    def get(self):
        greenlet = _current
        if greenlet is _MAIN:
            _main_waiter[0] = self
            try:
                _run_hub(self)
            finally:
                _main_waiter[0] = None
        else:
            greenlet._waiter = self
            _asyncio._suspend(None)
            greenlet._waiter = None
        if self.exception is not None:
            raise self.exception
        return self.value


def _wait_for(what, timeout, register, unregister):
    # Waits until register's waiter is switched to, or timeout seconds pass: (True, value) or (False, None).
    waiter = _Waiter(what)
    register(waiter)
    timer = None
    if timeout is not None:
        timer = _start_timer(timeout, waiter.switch, _TIMED_OUT)
    try:
        value = waiter.get()
    except BaseException:
        # A Timeout or a kill ended the wait: it no longer waits to be switched to.
        unregister(waiter)
        raise
    finally:
        _cancel_timer(timer)
    if value is _TIMED_OUT:
        unregister(waiter)
        return False, None
    return True, value


class _TimedOut:
    pass


_TIMED_OUT = _TimedOut()


def _nothing(waiter):
    pass


async def _greenlet_body(greenlet):
    try:
        value = greenlet._run(*greenlet.args, **greenlet.kwargs)
    except GreenletExit as exit:
        greenlet._report_result(exit)
    except BaseException as error:
        greenlet._report_error(error)
    else:
        greenlet._report_result(value)


def _function_name(function):
    return getattr(function, '__name__', None) or type(function).__name__


def _describe_call(function, args, kwargs):
    # gevent's Greenlet._formatinfo: the function's name, then its arguments' reprs (each cut at 50 characters).
    shown = [repr(a)[:50] for a in args] + ['%s=%s' % (k, repr(v)[:50]) for k, v in kwargs.items()]
    if not shown:
        return _function_name(function)
    return '%s(%s)' % (_function_name(function), ', '.join(shown))


def _describe_greenlet(greenlet):
    return '<%s "%s" at 0x%x: %s>' % (type(greenlet).__name__, greenlet._name, id(greenlet),
                                     _describe_call(greenlet._run, greenlet.args, greenlet.kwargs))


class Greenlet:
    def __init__(self, run=None, *args, **kwargs):
        global _greenlet_count
        if run is not None:
            self._run = run
        self.args = args
        self.kwargs = kwargs
        self.value = None
        self._exception = None
        self._done = False
        self._started = False
        self._links = []
        self._start_event = None
        self._coro = None
        self._waiter = None
        self._name = 'Greenlet-%d' % _greenlet_count
        _greenlet_count += 1
        _greenlets.append(self)

    @property
    def name(self):
        return self._name

    @property
    def minimal_ident(self):
        return int(self._name.split('-')[1])

    @property
    def dead(self):
        return self._done

    @property
    def started(self):
        return bool(self)

    @property
    def exception(self):
        return self._exception

    def __bool__(self):
        # gevent's: started (or scheduled to start) and not finished.
        return (self._started or self._start_event is not None) and not self._done

    def __repr__(self):
        return _describe_greenlet(self)

    def ready(self):
        return self._done

    def successful(self):
        return self._done and self._exception is None

    def _run(self):
        return None

    def start(self):
        if self._start_event is None and not self._started and not self._done:
            self._start_event = _StartCall(self)
            _event('TASK_START', 'event.greenlet_spawned', self._name, _function_name(self._run))
            _run_callback(self._start_event)

    def start_later(self, seconds):
        if self._start_event is None and not self._started and not self._done:
            self._start_event = _StartCall(self)
            _event('TASK_START', 'event.greenlet_spawned', self._name, _function_name(self._run))
            self._start_event.timer = _start_timer(seconds, self._start_event)

    def _switch_in(self):
        global _current
        first = not self._started
        if first:
            self._started = True
            self._coro = _greenlet_body(self)
            _event('TASK_RESUME', 'event.greenlet_first_run', self._name, _function_name(self._run))
        else:
            _event('TASK_RESUME', 'event.greenlet_resume', self._name)
        _current = self
        try:
            self._coro.send(None)
        except StopIteration:
            pass
        finally:
            _current = _MAIN
        if not self._done:
            waiter = self._waiter
            _asyncio._event_at(self._coro, 'TASK_YIELD', 'event.greenlet_yield', self._name, waiter.what)

    def _report_result(self, value):
        self.value = value
        self._finish()
        if isinstance(value, GreenletExit):
            _event('TASK_END', 'event.greenlet_killed', self._name)
        else:
            _event('TASK_END', 'event.greenlet_returned', self._name, repr(value))

    def _report_error(self, error):
        self._exception = error
        self._finish()
        _event('TASK_END', 'event.greenlet_raised', self._name, type(error).__name__)
        # gevent's hub prints the traceback, then the time (UTC, to the second) and the greenlet that failed.
        import time as _clock
        stamp = _clock.strftime('%Y-%m-%dT%H:%M:%SZ', _clock.gmtime())
        _gevent.print_exception(error, '%s %r failed with %s\n\n' % (stamp, self, type(error).__name__))

    def _finish(self):
        self._done = True
        if self._links:
            _run_callback(self._notify_links)

    def _notify_links(self):
        links = self._links
        self._links = []
        # The links run one after another within this callback, before the hub's next one.
        _pending[0:0] = [(link, (self,)) for link in links]

    def rawlink(self, callback):
        self._links.append(callback)
        if self._done and len(self._links) == 1:
            _run_callback(self._notify_links)

    def link(self, callback):
        self.rawlink(callback)

    def unlink(self, callback):
        if callback in self._links:
            self._links.remove(callback)

    def join(self, timeout=None):
        if self._done:
            return None
        _wait_for('join(%s)' % self._name, timeout, self._link_waiter, self._unlink_waiter)
        return None

    def get(self, block=True, timeout=None):
        if not self._done:
            if not block:
                raise Timeout()
            joined, value = _wait_for('get(%s)' % self._name, timeout, self._link_waiter, self._unlink_waiter)
            if not joined:
                raise Timeout(timeout)
        if self._exception is not None:
            raise self._exception
        return self.value

    def _link_waiter(self, waiter):
        self.rawlink(waiter.switch)

    def _unlink_waiter(self, waiter):
        self.unlink(waiter.switch)

    def kill(self, exception=GreenletExit, block=True, timeout=None):
        if self._done:
            return
        if not self._started:
            start = self._start_event
            if start is not None:
                start.cancelled = True
                _cancel_timer(start.timer)
            error = exception() if isinstance(exception, type) else exception
            self._report_result(error)
            return
        _run_callback(self._throw_in, exception)
        if block:
            self.join(timeout)

    def _throw_in(self, exception):
        if self._done or self._waiter is None:
            return
        error = exception() if isinstance(exception, type) else exception
        self._waiter.throw(error)

    @classmethod
    def spawn(cls, *args, **kwargs):
        greenlet = cls(*args, **kwargs)
        greenlet.start()
        return greenlet


class _StartCall:
    # The callback (or timer) by which the hub starts a greenlet.
    def __init__(self, greenlet):
        self.greenlet = greenlet
        self.cancelled = False
        self.timer = None
        self.__name__ = 'switch'

    def __call__(self):
        if not self.cancelled:
            self.greenlet._switch_in()


def spawn(run, *args, **kwargs):
    greenlet = Greenlet(run, *args, **kwargs)
    greenlet.start()
    return greenlet


def spawn_later(seconds, run, *args, **kwargs):
    greenlet = Greenlet(run, *args, **kwargs)
    greenlet.start_later(seconds)
    return greenlet


def getcurrent():
    return _current


def sleep(seconds=0, ref=True):
    if _thread.get_ident() != _hub_thread:
        # Another thread has a hub of its own in gevent, with no greenlet of this one's to run: it just waits.
        _time.sleep(seconds)
        return
    global _now
    waiter = _Waiter('sleep(%s)' % (seconds,))
    if seconds <= 0:
        _run_callback(waiter.switch)
    else:
        # gevent's sleep updates the loop's time first: a sleep counts from when it is called.
        _now = _time.monotonic()
        _start_timer(seconds, waiter.switch)
    waiter.get()


def idle(priority=0):
    sleep(0)


class _MultipleWaiter:
    # wait()/joinall(): the greenlets' ends in the order they come, until count of them are done.
    def __init__(self, objects, count):
        self.done = []
        self.count = count
        self.waiter = None
        for obj in objects:
            if obj.ready():
                self.done.append(obj)
        self.pending = [obj for obj in objects if not obj.ready()]

    def __call__(self, obj):
        self.done.append(obj)
        if len(self.done) >= self.count and self.waiter is not None:
            self.waiter.switch(None)

    def register(self, waiter):
        self.waiter = waiter
        for obj in self.pending:
            obj.rawlink(self)

    def unregister(self, waiter):
        for obj in self.pending:
            obj.unlink(self)


def wait(objects=None, timeout=None, count=None):
    if objects is None:
        return _join_hub(timeout)
    return _wait_objects(objects, timeout, count)


def _join_hub(timeout):
    # gevent's Hub.join, what wait() with no objects does: runs the hub until it has nothing left to do (True: a
    # greenlet that waits for what nothing will bring does not count), or until timeout seconds have passed (False).
    deadline = None if timeout is None else _time.monotonic() + timeout
    while _pending or _callbacks or _timers:
        now = _time.monotonic()
        if deadline is not None and now >= deadline:
            return False
        if _pending or _callbacks:
            sleep(0)
        else:
            until = _timers[0][0] if deadline is None else min(_timers[0][0], deadline)
            sleep(max(until - now, 0))
    return True


def _wait_objects(objects, timeout, count):
    objects = list(objects)
    if count is None or count > len(objects):
        count = len(objects)
    gathering = _MultipleWaiter(objects, count)
    if len(gathering.done) < count:
        what = 'joinall(%s)' % ', '.join([obj._name for obj in gathering.pending])
        _wait_for(what, timeout, gathering.register, gathering.unregister)
        gathering.unregister(None)
    return gathering.done[:count] if len(gathering.done) > count else list(gathering.done)


def joinall(greenlets, timeout=None, raise_error=False, count=None):
    if not raise_error:
        return _wait_objects(greenlets, timeout, count)
    done = []
    for greenlet in _wait_objects(greenlets, timeout, count):
        if greenlet.exception is not None:
            raise greenlet.exception
        done.append(greenlet)
    return done


class _WaitIterator:
    # gevent's iwait(): the objects, each as soon as it is ready (those ready already first, in their order), until
    # count of them (all by default) have been given or the timeout, counted from the first next(), has passed.
    def __init__(self, objects, timeout, count):
        self._objects = list(objects)
        self._count = len(self._objects) if count is None else min(count, len(self._objects))
        self._timeout = timeout
        self._deadline = None
        self._ready = []
        self._waiter = None
        self._given = 0
        self._begun = False

    def __iter__(self):
        return self

    def __next__(self):
        if not self._begun:
            self._begun = True
            if self._timeout is not None:
                self._deadline = _time.monotonic() + self._timeout
            for obj in self._objects:
                obj.rawlink(self._arrived)
        if self._given >= self._count:
            self._stop()
        if not self._ready:
            left = None if self._deadline is None else self._deadline - _time.monotonic()
            if left is not None and left <= 0:
                self._stop()
            what = 'iwait(%s)' % ', '.join([getattr(obj, '_name', '?') for obj in self._objects])
            done, value = _wait_for(what, left, self._register, self._unregister)
            if not done:
                self._stop()
        self._given += 1
        return self._ready.pop(0)

    def _arrived(self, obj):
        self._ready.append(obj)
        waiter = self._waiter
        if waiter is not None:
            self._waiter = None
            waiter.switch(None)

    def _register(self, waiter):
        self._waiter = waiter

    def _unregister(self, waiter):
        self._waiter = None

    def _stop(self):
        for obj in self._objects:
            obj.unlink(self._arrived)
        raise StopIteration

    def __enter__(self):
        return self

    def __exit__(self, *args):
        for obj in self._objects:
            obj.unlink(self._arrived)


def iwait(objects, timeout=None, count=None):
    if objects is None:
        return [_join_hub(timeout)]
    return _WaitIterator(objects, timeout, count)


def kill(greenlet, exception=GreenletExit):
    # gevent's: asks the greenlet to end (Greenlet.kill without blocking); the caller goes on at once.
    if not greenlet.dead:
        greenlet.kill(exception=exception, block=False)


def killall(greenlets, exception=GreenletExit, block=True, timeout=None):
    greenlets = list(greenlets)
    for greenlet in greenlets:
        greenlet.kill(exception, block=False)
    if block:
        _wait_objects(greenlets, timeout, None)
