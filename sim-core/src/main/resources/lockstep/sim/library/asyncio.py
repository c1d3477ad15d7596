# asyncio for the scenario language: CPython 3.11's event loop, futures, tasks, gather/wait/wait_for, queues and
# locks, ported to the subset. The differences are where the subset has no word:
# - no generators: a Future's __await__ is a coroutine that suspends the task through _asyncio._suspend, which is
#   what CPython's `yield self` does;
# - no selector: with nothing ready the loop waits for its next timer in virtual time (_asyncio._select);
# - sets of tasks keep insertion order (CPython's follow object addresses), so every run is the same;
# - the loop reports what it does (_asyncio._event, _asyncio._loop_state) for the trace.

import _asyncio
import time as _time
import threading as _threading

_suspend = _asyncio._suspend
_event = _asyncio._event
iscoroutine = _asyncio.iscoroutine
iscoroutinefunction = _asyncio.iscoroutinefunction

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'

_MAXIMUM_SELECT_TIMEOUT = 24 * 3600
_CLOCK_RESOLUTION = 1e-09


class CancelledError(BaseException):
    pass


TimeoutError = TimeoutError


class InvalidStateError(Exception):
    pass


class QueueEmpty(Exception):
    pass


class QueueFull(Exception):
    pass


class BrokenBarrierError(RuntimeError):
    pass


# ---------------------------------------------------------------- the running loop, per thread

_running_loops = {}
_policy_loops = {}
_set_called = {}


def _get_running_loop():
    return _running_loops.get(_threading.get_ident())


def _set_running_loop(loop):
    _running_loops[_threading.get_ident()] = loop


def get_running_loop():
    loop = _get_running_loop()
    if loop is None:
        raise RuntimeError('no running event loop')
    return loop


def new_event_loop():
    return BaseEventLoop()


def set_event_loop(loop):
    ident = _threading.get_ident()
    _set_called[ident] = True
    _policy_loops[ident] = loop


def get_event_loop():
    loop = _get_running_loop()
    if loop is not None:
        return loop
    ident = _threading.get_ident()
    if (_policy_loops.get(ident) is None and not _set_called.get(ident, False)
            and _threading.current_thread() is _threading.main_thread()):
        set_event_loop(new_event_loop())
    loop = _policy_loops.get(ident)
    if loop is None:
        raise RuntimeError('There is no current event loop in thread %r.' % _threading.current_thread().name)
    return loop


_get_event_loop = get_event_loop


# ---------------------------------------------------------------- handles

class Handle:
    def __init__(self, callback, args, loop, label=None):
        self._callback = callback
        self._args = args
        self._loop = loop
        self._cancelled = False
        self._label = label

    def __repr__(self):
        return '<Handle %s>' % self._describe()

    def _describe(self):
        if self._label is not None:
            return self._label
        return getattr(self._callback, '__name__', '?') + '()'

    def cancel(self):
        if not self._cancelled:
            self._cancelled = True
            self._loop._changed()

    def cancelled(self):
        return self._cancelled

    def _run(self):
        try:
            self._callback(*self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop.call_exception_handler({
                'message': 'Exception in callback %s' % self._describe(),
                'exception': exc,
                'handle': self,
            })


class TimerHandle(Handle):
    def __init__(self, when, seq, callback, args, loop, label=None):
        Handle.__init__(self, callback, args, loop, label)
        self._when = when
        self._seq = seq
        self._scheduled = True

    def __repr__(self):
        return '<TimerHandle when=%r %s>' % (self._when, self._describe())

    def when(self):
        return self._when


# ---------------------------------------------------------------- the event loop

class BaseEventLoop:
    def __init__(self):
        self._ready = []
        self._scheduled = []
        self._timer_seq = 0
        self._stopping = False
        self._closed = False
        self._thread_id = None
        self._woken = False
        self._exception_handler = None

    def __repr__(self):
        return '<_UnixSelectorEventLoop running=%s closed=%s debug=False>' % (self.is_running(), self._closed)

    def _changed(self):
        _asyncio._loop_state(self)

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def _check_running(self):
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        if _get_running_loop() is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')

    def time(self):
        return _time.monotonic()

    def call_soon(self, callback, *args, context=None):
        self._check_closed()
        return self._call_soon(callback, args, None)

    def _call_soon(self, callback, args, label):
        handle = Handle(callback, args, self, label)
        self._ready.append(handle)
        self._changed()
        return handle

    def call_soon_threadsafe(self, callback, *args, context=None):
        handle = self._call_soon(callback, args, None)
        self._woken = True
        return handle

    # Unix signals: the process's handler (run in the main thread between instructions, which also ends the
    # loop's wait) schedules the callback, as CPython's self-pipe wakes its selector.
    def add_signal_handler(self, sig, callback, *args):
        import signal
        if iscoroutine(callback) or iscoroutinefunction(callback):
            raise TypeError("coroutines cannot be used with add_signal_handler()")
        self._check_closed()
        if sig not in signal._names:
            raise ValueError("sig {} out of range(1, {})".format(sig, signal.NSIG))
        if not hasattr(self, "_signal_handlers"):
            self._signal_handlers = {}
        self._signal_handlers[sig] = (callback, args)
        signal.signal(sig, self._handle_signal)

    def _handle_signal(self, sig, frame):
        entry = self._signal_handlers.get(sig)
        if entry is not None:
            self.call_soon_threadsafe(entry[0], *entry[1])

    def remove_signal_handler(self, sig):
        import signal
        if not hasattr(self, "_signal_handlers") or sig not in self._signal_handlers:
            return False
        del self._signal_handlers[sig]
        signal.signal(sig, signal.default_int_handler if sig == signal.SIGINT else signal.SIG_DFL)
        return True

    def call_later(self, delay, callback, *args, context=None):
        if delay is None:
            raise TypeError('delay must not be None')
        return self._call_at(self.time() + delay, callback, args, None)

    def call_at(self, when, callback, *args, context=None):
        if when is None:
            raise TypeError('when cannot be None')
        return self._call_at(when, callback, args, None)

    def _call_at(self, when, callback, args, label):
        self._check_closed()
        self._timer_seq += 1
        timer = TimerHandle(float(when), self._timer_seq, callback, args, self, label)
        # Timers fire by deadline, then in the order they were scheduled.
        i = len(self._scheduled)
        while i > 0 and self._scheduled[i - 1]._when > timer._when:
            i -= 1
        self._scheduled.insert(i, timer)
        self._changed()
        return timer

    def create_future(self):
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        return Task(coro, loop=self, name=name)

    # Executors: the call runs in the executor's thread (or process); its concurrent.futures.Future is wrapped in
    # a future of this loop, which a thread-safe callback completes, as CPython's run_in_executor does.
    def run_in_executor(self, executor, func, *args):
        self._check_closed()
        if executor is None:
            executor = getattr(self, '_default_executor', None)
            if executor is None:
                import concurrent.futures
                executor = concurrent.futures.ThreadPoolExecutor(thread_name_prefix='asyncio')
                self._default_executor = executor
        return wrap_future(executor.submit(func, *args), loop=self)

    def set_default_executor(self, executor):
        self._default_executor = executor

    def is_running(self):
        return self._thread_id is not None

    def is_closed(self):
        return self._closed

    def stop(self):
        self._stopping = True

    def close(self):
        if self.is_running():
            raise RuntimeError('Cannot close a running event loop')
        if self._closed:
            return
        self._closed = True
        self._ready.clear()
        self._scheduled.clear()

    def run_forever(self):
        self._check_closed()
        self._check_running()
        self._thread_id = _threading.get_ident()
        _set_running_loop(self)
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._thread_id = None
            _set_running_loop(None)

    def run_until_complete(self, future):
        self._check_closed()
        self._check_running()
        new_task = not isfuture(future)
        future = ensure_future(future, loop=self)
        future.add_done_callback(_run_until_complete_cb)
        try:
            self.run_forever()
        except:
            if new_task and future.done() and not future.cancelled():
                future.exception()
            raise
        finally:
            future.remove_done_callback(_run_until_complete_cb)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def _run_once(self):
        live = [h for h in self._scheduled if not h._cancelled]
        if len(live) != len(self._scheduled):
            self._scheduled = live
        timeout = None
        if self._ready or self._stopping:
            timeout = 0
        elif self._scheduled:
            timeout = min(max(0, self._scheduled[0]._when - self.time()), _MAXIMUM_SELECT_TIMEOUT)
        if timeout != 0:
            # Nothing is ready: the loop waits for its next timer (or, with none, for ever).
            _asyncio._select(timeout, self)
            self._woken = False
        end_time = self.time() + _CLOCK_RESOLUTION
        moved = False
        while self._scheduled:
            handle = self._scheduled[0]
            if handle._when >= end_time:
                break
            self._scheduled.pop(0)
            handle._scheduled = False
            self._ready.append(handle)
            moved = True
        if moved:
            self._changed()
        ntodo = len(self._ready)
        for i in range(ntodo):
            handle = self._ready.pop(0)
            if handle._cancelled:
                continue
            self._changed()
            handle._run()

    def get_exception_handler(self):
        return self._exception_handler

    def set_exception_handler(self, handler):
        self._exception_handler = handler

    def default_exception_handler(self, context):
        message = context.get('message') or 'Unhandled exception in event loop'
        text = message
        for key in ['future', 'task', 'handle']:
            if key in context:
                text = text + '\n%s: %r' % (key, context[key])
        exc = context.get('exception')
        if exc is not None:
            _asyncio._log_error(text, exc)
        else:
            _asyncio._log_error(text)

    def call_exception_handler(self, context):
        if self._exception_handler is None:
            self.default_exception_handler(context)
        else:
            self._exception_handler(self, context)

    async def shutdown_asyncgens(self):
        pass

    async def shutdown_default_executor(self):
        pass


def _run_until_complete_cb(fut):
    fut._loop.stop()


# ---------------------------------------------------------------- futures

def isfuture(obj):
    return getattr(obj, '_asyncio_future_blocking', None) is not None and hasattr(obj, '_callbacks')


def _copy_future_state(source, destination):
    if destination.cancelled():
        return
    if source.cancelled():
        destination.cancel()
    elif source.exception() is not None:
        destination.set_exception(source.exception())
    else:
        destination.set_result(source.result())


def wrap_future(future, *, loop=None):
    """A future of the loop that follows a concurrent.futures.Future: its outcome arrives through
    call_soon_threadsafe from the thread that completes it; cancelling the wrapper cancels the original."""
    if isfuture(future):
        return future
    if loop is None:
        loop = get_event_loop()
    new_future = loop.create_future()

    def _call_check_cancel(destination):
        if destination.cancelled():
            future.cancel()

    def _call_set_state(source):
        if not loop.is_closed():
            loop.call_soon_threadsafe(_copy_future_state, source, new_future)

    new_future.add_done_callback(_call_check_cancel)
    future.add_done_callback(_call_set_state)
    return new_future


def _describe(awaitable):
    label = getattr(awaitable, '_label', None)
    if label is not None:
        return label
    return '<Future pending>'


class Future:
    _asyncio_future_blocking = False

    def __init__(self, *, loop=None):
        if loop is None:
            self._loop = _get_event_loop()
        else:
            self._loop = loop
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._callbacks = []
        self._cancel_message = None
        self._cancelled_exc = None
        self._label = None

    __module__ = '_asyncio'

    def __repr__(self):
        return '<%s %s>' % (type(self).__name__, ' '.join(self._repr_info()))

    def _repr_info(self):
        # CPython's base_futures._future_repr_info.
        info = [self._state.lower()]
        if self._state == _FINISHED:
            if self._exception is not None:
                info.append('exception=%r' % (self._exception,))
            else:
                info.append('result=%r' % (self._result,))
        if self._callbacks:
            info.append(_format_callbacks(self._callbacks))
        return info

    def get_loop(self):
        return self._loop

    def _make_cancelled_error(self):
        if self._cancelled_exc is not None:
            exc = self._cancelled_exc
            self._cancelled_exc = None
            return exc
        if self._cancel_message is None:
            return CancelledError()
        return CancelledError(self._cancel_message)

    def cancel(self, msg=None):
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def _schedule_callbacks(self):
        callbacks = self._callbacks[:]
        if not callbacks:
            return
        self._callbacks[:] = []
        for callback in callbacks:
            self._loop._call_soon(callback, [self], _callback_label(callback, self))

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        return self._state != _PENDING

    def result(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError('Result is not set.')
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError('Exception is not set.')
        return self._exception

    def add_done_callback(self, fn, *, context=None):
        if self._state != _PENDING:
            self._loop._call_soon(fn, [self], _callback_label(fn, self))
        else:
            self._callbacks.append(fn)

    def remove_done_callback(self, fn):
        filtered = [f for f in self._callbacks if f is not fn]
        removed = len(self._callbacks) - len(filtered)
        if removed:
            self._callbacks[:] = filtered
        return removed

    def set_result(self, result):
        if self._state != _PENDING:
            raise InvalidStateError('%s: %r' % (self._state, self))
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise InvalidStateError('%s: %r' % (self._state, self))
        if isinstance(exception, type):
            exception = exception()
        if type(exception) is StopIteration:
            raise TypeError('StopIteration interacts badly with generators and cannot be raised into a Future')
        self._exception = exception
        self._state = _FINISHED
        self._schedule_callbacks()

    async def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            _suspend(self)
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        return self.result()


def _format_callback(callback):
    if isinstance(callback, _Wakeup):
        return 'Task.task_wakeup()'
    return '%s()' % getattr(callback, '__qualname__', getattr(callback, '__name__', type(callback).__name__))


def _format_callbacks(callbacks):
    # CPython's base_futures._format_callbacks.
    size = len(callbacks)
    if size == 1:
        text = _format_callback(callbacks[0])
    elif size == 2:
        text = '%s, %s' % (_format_callback(callbacks[0]), _format_callback(callbacks[1]))
    else:
        text = '%s, <%d more>, %s' % (_format_callback(callbacks[0]), size - 2, _format_callback(callbacks[-1]))
    return 'cb=[%s]' % text


def _callback_label(callback, fut):
    # A task woken by the future it awaited: the hand-off the trace shows.
    if isinstance(callback, _Wakeup):
        task = callback._task
        _event('TASK_WAKE', 'event.task_wake', task._name, _describe(fut))
        return task._name
    return None


def _set_result_unless_cancelled(fut, result):
    if fut.cancelled():
        return
    fut.set_result(result)


# ---------------------------------------------------------------- tasks

_task_count = 0
_all_tasks = []
_current_tasks = {}


def _next_task_name():
    global _task_count
    _task_count += 1
    return 'Task-%d' % _task_count


class _Wakeup:
    # The callback by which a future wakes the task awaiting it (CPython's bound Task.__wakeup).
    def __init__(self, task):
        self._task = task
        self.__name__ = 'wakeup'

    def __call__(self, future):
        self._task._wakeup(future)


class Task(Future):
    def __init__(self, coro, *, loop=None, name=None, context=None):
        Future.__init__(self, loop=loop)
        if not iscoroutine(coro):
            raise TypeError('a coroutine was expected, got %r' % (coro,))
        if name is None:
            self._name = _next_task_name()
        else:
            self._name = str(name)
        self._label = self._name
        self._num_cancels_requested = 0
        self._must_cancel = False
        self._fut_waiter = None
        self._coro = coro
        self._wakeup_callback = _Wakeup(self)
        _event('TASK_START', 'event.task_created', self._name, _asyncio._coroutine_name(coro))
        self._loop._call_soon(self._step, [], self._name)
        _all_tasks.append(self)

    __module__ = '_asyncio'

    def _repr_info(self):
        # CPython's base_tasks._task_repr_info.
        info = Future._repr_info(self)
        if self._num_cancels_requested > 0 and not self.done():
            info[0] = 'cancelling'
        info.insert(1, 'name=%r' % (self._name,))
        info.insert(2, 'coro=<%s>' % _asyncio._format_coroutine(self._coro))
        if self._fut_waiter is not None:
            info.insert(3, 'wait_for=%r' % (self._fut_waiter,))
        return info

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def get_coro(self):
        return self._coro

    def cancelling(self):
        return self._num_cancels_requested

    def uncancel(self):
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def cancel(self, msg=None):
        if self.done():
            return False
        self._num_cancels_requested += 1
        if self._fut_waiter is not None:
            if self._fut_waiter.cancel(msg=msg):
                return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def _step(self, exc=None):
        if self.done():
            raise InvalidStateError('_step(): already done: %r, %r' % (self, exc))
        if self._must_cancel:
            if not isinstance(exc, CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        self._fut_waiter = None
        _current_tasks[self._loop] = self
        if _asyncio._coroutine_unstarted(self._coro):
            _event('TASK_RESUME', 'event.task_first_run', self._name, _asyncio._coroutine_name(self._coro))
        else:
            _event('TASK_RESUME', 'event.task_resume', self._name)
        try:
            if exc is None:
                result = self._coro.send(None)
            else:
                result = self._coro.throw(exc)
        except StopIteration as stop:
            if self._must_cancel:
                self._must_cancel = False
                _event('TASK_END', 'event.task_cancelled', self._name)
                Future.cancel(self, msg=self._cancel_message)
            else:
                value = stop.args[0] if stop.args else None
                _event('TASK_END', 'event.task_returned', self._name, repr(value))
                Future.set_result(self, value)
        except CancelledError as cancelled:
            self._cancelled_exc = cancelled
            _event('TASK_END', 'event.task_cancelled', self._name)
            Future.cancel(self)
        except (KeyboardInterrupt, SystemExit) as fatal:
            Future.set_exception(self, fatal)
            raise
        except BaseException as error:
            _event('TASK_END', 'event.task_raised', self._name, type(error).__name__)
            Future.set_exception(self, error)
        else:
            self._yielded(result)
        finally:
            _current_tasks.pop(self._loop, None)

    def _yielded(self, result):
        blocking = getattr(result, '_asyncio_future_blocking', None)
        if blocking is not None:
            if result._loop is not self._loop:
                error = RuntimeError('Task %r got Future %r attached to a different loop' % (self, result))
                self._loop._call_soon(self._step, [error], self._name)
            elif blocking:
                if result is self:
                    error = RuntimeError('Task cannot await on itself: %r' % (self,))
                    self._loop._call_soon(self._step, [error], self._name)
                else:
                    result._asyncio_future_blocking = False
                    result.add_done_callback(self._wakeup_callback)
                    self._fut_waiter = result
                    _asyncio._event_at(self._coro, 'TASK_YIELD', 'event.task_yield', self._name, _describe(result))
                    if self._must_cancel:
                        if self._fut_waiter.cancel(msg=self._cancel_message):
                            self._must_cancel = False
            else:
                error = RuntimeError('yield was used instead of yield from in task %r with %r' % (self, result))
                self._loop._call_soon(self._step, [error], self._name)
        elif result is None:
            # A bare yield (sleep(0)): the task gives the others one turn of the loop.
            _asyncio._event_at(self._coro, 'TASK_YIELD', 'event.task_yield', self._name, 'sleep(0)')
            self._loop._call_soon(self._step, [], self._name)
        else:
            error = RuntimeError('Task got bad yield: %r' % (result,))
            self._loop._call_soon(self._step, [error], self._name)

    def _wakeup(self, future):
        try:
            future.result()
        except BaseException as exc:
            self._step(exc)
        else:
            self._step()


def current_task(loop=None):
    if loop is None:
        loop = get_running_loop()
    return _current_tasks.get(loop)


def all_tasks(loop=None):
    if loop is None:
        loop = get_running_loop()
    return {t for t in _all_tasks if t._loop is loop and not t.done()}


def create_task(coro, *, name=None, context=None):
    loop = get_running_loop()
    return loop.create_task(coro, name=name)


def ensure_future(coro_or_future, *, loop=None):
    if isfuture(coro_or_future):
        if loop is not None and loop is not coro_or_future._loop:
            raise ValueError('The future belongs to a different loop than the one specified as the loop argument')
        return coro_or_future
    if not iscoroutine(coro_or_future):
        raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')
    if loop is None:
        loop = _get_event_loop()
    return loop.create_task(coro_or_future)


async def sleep(delay, result=None):
    if delay <= 0:
        _suspend(None)
        return result
    loop = get_running_loop()
    future = loop.create_future()
    task = _current_tasks.get(loop)
    label = 'sleep(%r)' % (delay,)
    future._label = label
    if task is not None:
        label = task._name + ' ' + label
    h = loop._call_at(loop.time() + delay, _set_result_unless_cancelled, [future, result], label)
    try:
        return await future
    finally:
        h.cancel()


# ---------------------------------------------------------------- gather, wait, wait_for

class _GatheringFuture(Future):
    def __init__(self, children, *, loop):
        Future.__init__(self, loop=loop)
        self._children = children
        self._cancel_requested = False
        self._label = 'gather(%s)' % ', '.join([_describe(c) for c in children])

    def cancel(self, msg=None):
        if self.done():
            return False
        ret = False
        for child in self._children:
            if child.cancel(msg=msg):
                ret = True
        if ret:
            self._cancel_requested = True
        return ret


def gather(*coros_or_futures, return_exceptions=False):
    if not coros_or_futures:
        loop = _get_event_loop()
        outer = loop.create_future()
        outer.set_result([])
        return outer

    def _done_callback(fut):
        nonlocal nfinished
        nfinished += 1
        if outer is None or outer.done():
            if not fut.cancelled():
                fut.exception()
            return
        if not return_exceptions:
            if fut.cancelled():
                exc = fut._make_cancelled_error()
                outer.set_exception(exc)
                return
            else:
                exc = fut.exception()
                if exc is not None:
                    outer.set_exception(exc)
                    return
        if nfinished == nfuts:
            results = []
            for child in children:
                if child.cancelled():
                    res = CancelledError('' if child._cancel_message is None else child._cancel_message)
                else:
                    res = child.exception()
                    if res is None:
                        res = child.result()
                results.append(res)
            if outer._cancel_requested:
                exc = fut._make_cancelled_error()
                outer.set_exception(exc)
            else:
                outer.set_result(results)

    arg_to_fut = {}
    children = []
    nfuts = 0
    nfinished = 0
    loop = None
    outer = None
    for arg in coros_or_futures:
        if arg not in arg_to_fut:
            fut = ensure_future(arg, loop=loop)
            if loop is None:
                loop = fut._loop
            nfuts += 1
            arg_to_fut[arg] = fut
            fut.add_done_callback(_done_callback)
        else:
            fut = arg_to_fut[arg]
        children.append(fut)
    outer = _GatheringFuture(children, loop=loop)
    return outer


def _release_waiter(waiter, *args):
    if not waiter.done():
        waiter.set_result(None)


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError('expect a list of futures, not %s' % type(fs).__name__)
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError('Invalid return_when value: %s' % return_when)
    fs = set(fs)
    if any(iscoroutine(f) for f in fs):
        raise TypeError('Passing coroutines is forbidden, use tasks explicitly.')
    loop = get_running_loop()
    return await _wait(fs, timeout, return_when, loop)


def as_completed(fs, *, timeout=None):
    # CPython 3.11's asyncio.as_completed: a generator of coroutines, each the next future to complete.
    if isfuture(fs) or iscoroutine(fs):
        raise TypeError('expect an iterable of futures, not %s' % type(fs).__name__)
    done = Queue()
    loop = _get_event_loop()
    todo = {ensure_future(f, loop=loop) for f in set(fs)}
    timeout_handle = None

    def _on_timeout():
        for f in todo:
            f.remove_done_callback(_on_completion)
            done.put_nowait(None)
        todo.clear()

    def _on_completion(f):
        if not todo:
            return
        todo.remove(f)
        done.put_nowait(f)
        if not todo and timeout_handle is not None:
            timeout_handle.cancel()

    async def _wait_for_one():
        f = await done.get()
        if f is None:
            raise TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(_on_completion)
    if todo and timeout is not None:
        timeout_handle = loop.call_later(timeout, _on_timeout)
    for _ in range(len(todo)):
        yield _wait_for_one()


async def _wait(fs, timeout, return_when, loop):
    waiter = loop.create_future()
    waiter._label = 'wait(%s)' % ', '.join([_describe(f) for f in fs])
    timeout_handle = None
    if timeout is not None:
        timeout_handle = loop._call_at(loop.time() + timeout, _release_waiter, [waiter],
                                       'wait(timeout=%r)' % (timeout,))
    counter = len(fs)

    def _on_completion(f):
        nonlocal counter
        counter -= 1
        if (counter <= 0 or return_when == FIRST_COMPLETED
                or return_when == FIRST_EXCEPTION and (not f.cancelled() and f.exception() is not None)):
            if timeout_handle is not None:
                timeout_handle.cancel()
            if not waiter.done():
                waiter.set_result(None)

    for f in fs:
        f.add_done_callback(_on_completion)
    try:
        await waiter
    finally:
        if timeout_handle is not None:
            timeout_handle.cancel()
        for f in fs:
            f.remove_done_callback(_on_completion)
    done = set()
    pending = set()
    for f in fs:
        if f.done():
            done.add(f)
        else:
            pending.add(f)
    return done, pending


async def _cancel_and_wait(fut, loop):
    waiter = loop.create_future()
    waiter._label = _describe(fut) + '.cancel()'
    cb = lambda f: _release_waiter(waiter)
    fut.add_done_callback(cb)
    try:
        fut.cancel()
        await waiter
    finally:
        fut.remove_done_callback(cb)


async def wait_for(fut, timeout):
    loop = get_running_loop()
    if timeout is None:
        return await fut
    if timeout <= 0:
        fut = ensure_future(fut, loop=loop)
        if fut.done():
            return fut.result()
        await _cancel_and_wait(fut, loop=loop)
        try:
            return fut.result()
        except CancelledError as exc:
            raise TimeoutError() from exc
    waiter = loop.create_future()
    timeout_handle = loop._call_at(loop.time() + timeout, _release_waiter, [waiter],
                                   'wait_for(timeout=%r)' % (timeout,))
    cb = lambda f: _release_waiter(waiter)
    fut = ensure_future(fut, loop=loop)
    waiter._label = 'wait_for(%s)' % _describe(fut)
    fut.add_done_callback(cb)
    try:
        try:
            await waiter
        except CancelledError:
            if fut.done():
                return fut.result()
            else:
                fut.remove_done_callback(cb)
                await _cancel_and_wait(fut, loop=loop)
                raise
        if fut.done():
            return fut.result()
        else:
            fut.remove_done_callback(cb)
            await _cancel_and_wait(fut, loop=loop)
            try:
                return fut.result()
            except CancelledError as exc:
                raise TimeoutError() from exc
    finally:
        timeout_handle.cancel()


# ---------------------------------------------------------------- run

def run(main, *, debug=None):
    if _get_running_loop() is not None:
        raise RuntimeError('asyncio.run() cannot be called from a running event loop')
    if not iscoroutine(main):
        raise ValueError('a coroutine was expected, got %r' % (main,))
    loop = new_event_loop()
    set_event_loop(loop)
    try:
        return loop.run_until_complete(loop.create_task(main))
    finally:
        try:
            _cancel_all_tasks(loop)
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())
        finally:
            set_event_loop(None)
            loop.close()


def _cancel_all_tasks(loop):
    to_cancel = all_tasks(loop)
    if not to_cancel:
        return
    for task in to_cancel:
        task.cancel()
    loop.run_until_complete(gather(*to_cancel, return_exceptions=True))
    for task in to_cancel:
        if task.cancelled():
            continue
        if task.exception() is not None:
            loop.call_exception_handler({
                'message': 'unhandled exception during asyncio.run() shutdown',
                'exception': task.exception(),
                'task': task,
            })


# ---------------------------------------------------------------- synchronization

class _LoopBound:
    _loop = None

    def _get_loop(self):
        loop = get_running_loop()
        if self._loop is None:
            self._loop = loop
        if loop is not self._loop:
            raise RuntimeError('%r is bound to a different event loop' % (self,))
        return loop


class _ContextManagerMixin(_LoopBound):
    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class Lock(_ContextManagerMixin):
    def __init__(self):
        self._waiters = None
        self._locked = False

    def __repr__(self):
        extra = 'locked' if self._locked else 'unlocked'
        if self._waiters:
            extra = '%s, waiters:%d' % (extra, len(self._waiters))
        return '<asyncio.locks.Lock object [%s]>' % extra

    def locked(self):
        return self._locked

    async def acquire(self):
        if not self._locked and (self._waiters is None or all([w.cancelled() for w in self._waiters])):
            self._locked = True
            return True
        if self._waiters is None:
            self._waiters = []
        fut = self._get_loop().create_future()
        fut._label = 'lock.acquire()'
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            if not self._locked:
                self._wake_up_first()
            raise
        self._locked = True
        return True

    def release(self):
        if self._locked:
            self._locked = False
            self._wake_up_first()
        else:
            raise RuntimeError('Lock is not acquired.')

    def _wake_up_first(self):
        if not self._waiters:
            return
        fut = self._waiters[0]
        if not fut.done():
            fut.set_result(True)


class Event(_LoopBound):
    def __init__(self):
        self._waiters = []
        self._value = False

    def __repr__(self):
        extra = 'set' if self._value else 'unset'
        if self._waiters:
            extra = '%s, waiters:%d' % (extra, len(self._waiters))
        return '<asyncio.locks.Event object [%s]>' % extra

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        if self._value:
            return True
        fut = self._get_loop().create_future()
        fut._label = 'event.wait()'
        self._waiters.append(fut)
        try:
            await fut
            return True
        finally:
            self._waiters.remove(fut)


class Condition(_ContextManagerMixin):
    def __init__(self, lock=None):
        if lock is None:
            lock = Lock()
        self._lock = lock
        self.locked = lock.locked
        self.acquire = lock.acquire
        self.release = lock.release
        self._waiters = []

    def __repr__(self):
        extra = 'locked' if self.locked() else 'unlocked'
        if self._waiters:
            extra = '%s, waiters:%d' % (extra, len(self._waiters))
        return '<asyncio.locks.Condition object [%s]>' % extra

    async def wait(self):
        if not self.locked():
            raise RuntimeError('cannot wait on un-acquired lock')
        self.release()
        try:
            fut = self._get_loop().create_future()
            fut._label = 'condition.wait()'
            self._waiters.append(fut)
            try:
                await fut
                return True
            finally:
                self._waiters.remove(fut)
        finally:
            cancelled = False
            while True:
                try:
                    await self.acquire()
                    break
                except CancelledError:
                    cancelled = True
            if cancelled:
                raise CancelledError

    async def wait_for(self, predicate):
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        if not self.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        idx = 0
        for fut in self._waiters:
            if idx >= n:
                break
            if not fut.done():
                idx += 1
                fut.set_result(False)

    def notify_all(self):
        self.notify(len(self._waiters))


class Semaphore(_ContextManagerMixin):
    def __init__(self, value=1):
        if value < 0:
            raise ValueError('Semaphore initial value must be >= 0')
        self._waiters = None
        self._value = value

    def __repr__(self):
        extra = 'locked' if self.locked() else 'unlocked, value:%d' % self._value
        if self._waiters:
            extra = '%s, waiters:%d' % (extra, len(self._waiters))
        return '<asyncio.locks.%s object [%s]>' % (type(self).__name__, extra)

    def locked(self):
        return self._value == 0 or any([not w.cancelled() for w in (self._waiters or [])])

    async def acquire(self):
        if not self.locked():
            self._value -= 1
            return True
        if self._waiters is None:
            self._waiters = []
        fut = self._get_loop().create_future()
        fut._label = 'semaphore.acquire()'
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            if not fut.cancelled():
                self._value += 1
                self._wake_up_next()
            raise
        if self._value > 0:
            self._wake_up_next()
        return True

    def release(self):
        self._value += 1
        self._wake_up_next()

    def _wake_up_next(self):
        if not self._waiters:
            return
        for fut in self._waiters:
            if not fut.done():
                self._value -= 1
                fut.set_result(True)
                return


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        self._bound_value = value
        Semaphore.__init__(self, value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError('BoundedSemaphore released too many times')
        Semaphore.release(self)


# ---------------------------------------------------------------- queues

class Queue(_LoopBound):
    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self.maxsize = maxsize
        self._getters = []
        self._putters = []
        self._unfinished_tasks = 0
        self._finished = Event()
        self._finished.set()
        self._init(maxsize)

    def _init(self, maxsize):
        self._queue = []

    def _get(self):
        return self._queue.pop(0)

    def _put(self, item):
        self._queue.append(item)

    def _wakeup_next(self, waiters):
        while waiters:
            waiter = waiters.pop(0)
            if not waiter.done():
                waiter.set_result(None)
                break

    def __repr__(self):
        return '<%s %s>' % (type(self).__name__, self._format())

    def _format(self):
        result = 'maxsize=%r' % (self._maxsize,)
        if self._queue:
            result = result + ' _queue=%r' % (list(self._queue),)
        if self._getters:
            result = result + ' _getters[%d]' % len(self._getters)
        if self._putters:
            result = result + ' _putters[%d]' % len(self._putters)
        if self._unfinished_tasks:
            result = result + ' tasks=%d' % self._unfinished_tasks
        return result

    def qsize(self):
        return len(self._queue)

    def empty(self):
        return not self._queue

    def full(self):
        if self._maxsize <= 0:
            return False
        return self.qsize() >= self._maxsize

    async def put(self, item):
        while self.full():
            putter = self._get_loop().create_future()
            putter._label = 'queue.put()'
            self._putters.append(putter)
            try:
                await putter
            except:
                putter.cancel()
                if putter in self._putters:
                    self._putters.remove(putter)
                if not self.full() and not putter.cancelled():
                    self._wakeup_next(self._putters)
                raise
        return self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        self._wakeup_next(self._getters)

    async def get(self):
        while self.empty():
            getter = self._get_loop().create_future()
            getter._label = 'queue.get()'
            self._getters.append(getter)
            try:
                await getter
            except:
                getter.cancel()
                if getter in self._getters:
                    self._getters.remove(getter)
                if not self.empty() and not getter.cancelled():
                    self._wakeup_next(self._getters)
                raise
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._get()
        self._wakeup_next(self._putters)
        return item

    def task_done(self):
        if self._unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()

    async def join(self):
        if self._unfinished_tasks > 0:
            await self._finished.wait()


class LifoQueue(Queue):
    def _get(self):
        return self._queue.pop()


class PriorityQueue(Queue):
    def _put(self, item):
        i = len(self._queue)
        while i > 0 and item < self._queue[i - 1]:
            i -= 1
        self._queue.insert(i, item)

    def _get(self):
        return self._queue.pop(0)
