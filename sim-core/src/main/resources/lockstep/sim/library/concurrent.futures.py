# concurrent.futures: futures and executors on threads and processes, written in the scenario language.
import threading
import queue
import multiprocessing
import time
import os

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
_completions = [0]


PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'
_STATE_TO_DESCRIPTION_MAP = {PENDING: "pending", RUNNING: "running", CANCELLED: "cancelled",
                             CANCELLED_AND_NOTIFIED: "cancelled", FINISHED: "finished"}
TimeoutError = TimeoutError


class Error(Exception):
    pass


class CancelledError(Error):
    pass


class InvalidStateError(Error):
    pass


class BrokenExecutor(RuntimeError):
    pass


class Future:
    """CPython's states: pending, running (a worker took it), cancelled (before it ran), finished."""

    def __init__(self):
        self._condition = threading.Condition()
        self._cond = self._condition
        self._state = PENDING
        self._result = None
        self._exception = None
        self._callbacks = []
        self._order = 0

    def __repr__(self):
        with self._condition:
            if self._state == FINISHED:
                if self._exception:
                    return '<%s at %#x state=%s raised %s>' % (
                        self.__class__.__name__, id(self), _STATE_TO_DESCRIPTION_MAP[self._state],
                        self._exception.__class__.__name__)
                return '<%s at %#x state=%s returned %s>' % (
                    self.__class__.__name__, id(self), _STATE_TO_DESCRIPTION_MAP[self._state],
                    self._result.__class__.__name__)
            return '<%s at %#x state=%s>' % (
                self.__class__.__name__, id(self), _STATE_TO_DESCRIPTION_MAP[self._state])

    def _is_done(self):
        return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED)

    _done = property(_is_done)

    def cancel(self):
        with self._condition:
            if self._state in (RUNNING, FINISHED):
                return False
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
                return True
            self._state = CANCELLED
            _completions[0] += 1
            self._order = _completions[0]
            self._condition.notify_all()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        return self._state in (CANCELLED, CANCELLED_AND_NOTIFIED)

    def running(self):
        return self._state == RUNNING

    def done(self):
        return self._is_done()

    def set_running_or_notify_cancel(self):
        with self._condition:
            if self._state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                return False
            if self._state == PENDING:
                self._state = RUNNING
                return True
            raise RuntimeError('Future in unexpected state')

    def _outcome(self):
        if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
            raise CancelledError()
        if self._exception is not None:
            raise self._exception
        return self._result

    def result(self, timeout=None):
        with self._condition:
            if not self._is_done() and not self._condition.wait_for(self._is_done, timeout):
                raise TimeoutError()
        return self._outcome()

    def exception(self, timeout=None):
        with self._condition:
            if not self._is_done() and not self._condition.wait_for(self._is_done, timeout):
                raise TimeoutError()
        if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED):
            raise CancelledError()
        return self._exception

    def add_done_callback(self, fn):
        with self._condition:
            if not self._is_done():
                self._callbacks.append(fn)
                return
        fn(self)

    def _invoke_callbacks(self):
        for fn in self._callbacks:
            fn(self)

    def _finish(self, result, exception):
        with self._condition:
            if self._state in (CANCELLED, CANCELLED_AND_NOTIFIED, FINISHED):
                raise InvalidStateError('%s: %r' % (self._state, self))
            self._result = result
            self._exception = exception
            self._state = FINISHED
            _completions[0] += 1
            self._order = _completions[0]
            self._condition.notify_all()
        self._invoke_callbacks()

    def set_result(self, result):
        self._finish(result, None)

    def set_exception(self, exception):
        self._finish(None, exception)

    def _set(self, result, exception):
        self._finish(result, exception)


def _wait_all(fs):
    for f in fs:
        with f._condition:
            f._condition.wait_for(f._is_done)


def as_completed(fs, timeout=None):
    fs = list(fs)
    pending = [f for f in fs if not f.done()]
    finished = [f for f in fs if f.done()]
    finished.sort(key=lambda f: f._order)
    _wait_all(pending)
    pending.sort(key=lambda f: f._order)
    return finished + pending


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    fs = list(fs)
    deadline = None if timeout is None else time.monotonic() + timeout
    while True:
        done = [f for f in fs if f.done()]
        not_done = [f for f in fs if not f.done()]
        if not not_done:
            break
        if return_when == FIRST_COMPLETED and done:
            break
        if return_when == FIRST_EXCEPTION and any(f._exception is not None for f in done):
            break
        if deadline is not None and time.monotonic() >= deadline:
            break
        time.sleep(0.001)
    return set(done), set(not_done)


_wait = wait  # for shutdown(), whose argument is named wait


class Executor:
    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.shutdown(wait=True)
        return False

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        # As CPython's: every call is submitted at once, and the iterator returned at once waits on each future in
        # turn as the iteration reaches it (the timeout counting from this call); once it stops early, by an
        # exception or by being closed, the futures not yet reached are cancelled.
        end_time = None if timeout is None else timeout + time.monotonic()
        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        def result_iterator():
            try:
                fs.reverse()
                while fs:
                    if end_time is None:
                        yield _result_or_cancel(fs.pop())
                    else:
                        yield _result_or_cancel(fs.pop(), end_time - time.monotonic())
            finally:
                for future in fs:
                    future.cancel()
        return result_iterator()


def _result_or_cancel(future, timeout=None):
    try:
        return future.result(timeout)
    finally:
        future.cancel()


_pool_counter = [0]
# As CPython's concurrent.futures.thread: at interpreter exit (threading's exit hooks) every executor's workers are
# told to stop once their queue is drained, and joined, so work submitted without shutdown() still runs.
_shutdown = [False]
_threads_queues = []
_process_pools = []


def _python_exit():
    _shutdown[0] = True
    for pool in list(_process_pools):
        pool.shutdown(wait=True)
    items = list(_threads_queues)
    for t, q in items:
        q.put(None)
    for t, q in items:
        t.join()


threading._register_atexit(_python_exit)


class _WorkItem:
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
        else:
            self.future.set_result(result)


class ThreadPoolExecutor(Executor):
    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=()):
        if max_workers is None:
            max_workers = min(32, os.cpu_count() + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        self._max_workers = max_workers
        self._work = queue.Queue()
        self._threads = []
        self._idle = threading.Semaphore(0)
        self._shutdown = False
        self._initializer = initializer
        self._initargs = initargs
        self._prefix = thread_name_prefix or "ThreadPoolExecutor-%d" % _pool_counter[0]
        _pool_counter[0] += 1

    def submit(self, fn, *args, **kwargs):
        if self._shutdown:
            raise RuntimeError("cannot schedule new futures after shutdown")
        if _shutdown[0]:
            raise RuntimeError("cannot schedule new futures after interpreter shutdown")
        f = Future()
        self._work.put(_WorkItem(f, fn, args, kwargs))
        if not self._idle.acquire(timeout=0) and len(self._threads) < self._max_workers:
            t = threading.Thread(target=self._worker, name="%s_%d" % (self._prefix, len(self._threads)))
            t.start()
            self._threads.append(t)
            _threads_queues.append((t, self._work))
        return f

    def _worker(self):
        if self._initializer is not None:
            self._initializer(*self._initargs)
        while True:
            item = self._work.get()
            if item is not None:
                item.run()
                self._idle.release()
                continue
            if _shutdown[0] or self._shutdown:
                self._shutdown = True
                self._work.put(None)
                return

    def shutdown(self, wait=True, *, cancel_futures=False):
        self._shutdown = True
        if cancel_futures:
            while True:
                try:
                    item = self._work.get_nowait()
                except queue.Empty:
                    break
                if item is not None:
                    item.future.cancel()
        self._work.put(None)
        if wait:
            for t in self._threads:
                t.join()


class _ExecutorPool(multiprocessing.Pool):
    # The executor's own workers: CPython's executor has no pool, so no pool handler threads take thread names.
    _handler_threads = 0


class ProcessPoolExecutor(Executor):
    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(), *,
                 max_tasks_per_child=None):
        if max_workers is None:
            max_workers = os.cpu_count() or 1
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        self._pool = _ExecutorPool(max_workers, initializer, initargs, context=mp_context)
        self._futures = []
        self._shutdown = False
        self._collector = threading.Thread(target=self._collect, daemon=True)
        self._collector.start()
        _process_pools.append(self)

    def submit(self, fn, *args, **kwargs):
        if self._shutdown:
            raise RuntimeError("cannot schedule new futures after shutdown")
        f = Future()
        # Sent to a worker at once, so it is running: cancel() cannot take it back.
        f.set_running_or_notify_cancel()
        self._futures.append(f)
        self._pool._submit(fn, [args], _FutureResult(f), kwargs)
        return f

    def _collect(self):
        # The executor's result handler: each result off the pool's queue, to the future its job was given.
        while True:
            item = self._pool._done.get()
            if item is None:
                return
            job, index, ok, value = item
            self._pool._jobs.pop(job)._set(index, ok, value)

    def shutdown(self, wait=True, *, cancel_futures=False):
        if self._shutdown:
            return
        self._shutdown = True
        if wait:
            _wait(self._futures)
        # The workers are joined here rather than by Pool.join, which would take results off the queue that the
        # collector thread reads.
        self._pool.close()
        for worker in self._pool._workers:
            worker.join()
        self._pool._done.put(None)
        if wait:
            self._collector.join()


class _FutureResult:
    # A pool job's result that completes a future.
    def __init__(self, future):
        self.future = future

    def _set(self, index, ok, value):
        if ok:
            self.future._set(value, None)
        else:
            self.future._set(None, value)
