# concurrent.futures: futures and executors on threads and processes, written in the scenario language.
import threading
import queue
import multiprocessing
import time

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'
_completions = [0]


class CancelledError(Exception):
    pass


class TimeoutError(Exception):
    pass


class Future:
    def __init__(self):
        self._cond = threading.Condition()
        self._done = False
        self._result = None
        self._exception = None
        self._callbacks = []
        self._order = 0

    def __repr__(self):
        return "<Future state=%s>" % ("finished" if self._done else "pending")

    def done(self):
        return self._done

    def running(self):
        return not self._done

    def cancelled(self):
        return False

    def cancel(self):
        return False

    def result(self, timeout=None):
        with self._cond:
            if not self._done and not self._cond.wait_for(lambda: self._done, timeout):
                raise TimeoutError()
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self, timeout=None):
        with self._cond:
            if not self._done and not self._cond.wait_for(lambda: self._done, timeout):
                raise TimeoutError()
        return self._exception

    def add_done_callback(self, fn):
        if self._done:
            fn(self)
        else:
            self._callbacks.append(fn)

    def _set(self, result, exception):
        with self._cond:
            self._result = result
            self._exception = exception
            self._done = True
            _completions[0] += 1
            self._order = _completions[0]
            self._cond.notify_all()
        for fn in self._callbacks:
            fn(self)


def _wait_all(fs):
    for f in fs:
        with f._cond:
            f._cond.wait_for(lambda: f._done)


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


class Executor:
    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.shutdown(wait=True)
        return False

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        fs = [self.submit(fn, *args) for args in zip(*iterables)]
        return [f.result() for f in fs]


_pool_counter = [0]


class ThreadPoolExecutor(Executor):
    def __init__(self, max_workers=None, thread_name_prefix=''):
        if max_workers is None:
            max_workers = 5
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        self._max_workers = max_workers
        self._work = queue.Queue()
        self._threads = []
        self._idle = threading.Semaphore(0)
        self._shutdown = False
        self._prefix = thread_name_prefix or "ThreadPoolExecutor-%d" % _pool_counter[0]
        _pool_counter[0] += 1

    def submit(self, fn, *args, **kwargs):
        if self._shutdown:
            raise RuntimeError("cannot schedule new futures after shutdown")
        f = Future()
        self._work.put((f, fn, args, kwargs))
        if not self._idle.acquire(timeout=0) and len(self._threads) < self._max_workers:
            t = threading.Thread(target=self._worker, name="%s_%d" % (self._prefix, len(self._threads)))
            t.daemon = True
            t.start()
            self._threads.append(t)
        return f

    def _worker(self):
        while True:
            item = self._work.get()
            if item is None:
                self._work.put(None)
                return
            f, fn, args, kwargs = item
            try:
                result = fn(*args, **kwargs)
            except BaseException as e:
                f._set(None, e)
            else:
                f._set(result, None)
            self._idle.release()

    def shutdown(self, wait=True, *, cancel_futures=False):
        self._shutdown = True
        self._work.put(None)
        if wait:
            for t in self._threads:
                t.join()


class ProcessPoolExecutor(Executor):
    def __init__(self, max_workers=None):
        if max_workers is None:
            max_workers = 4
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        self._pool = multiprocessing.Pool(max_workers)
        self._futures = {}
        self._shutdown = False
        self._collector = threading.Thread(target=self._collect, daemon=True)
        self._collector.start()

    def submit(self, fn, *args, **kwargs):
        if self._shutdown:
            raise RuntimeError("cannot schedule new futures after shutdown")
        f = Future()
        job = self._pool._submit(fn, [args])
        self._futures[job] = f
        return f

    def _collect(self):
        while True:
            item = self._pool._done.get()
            if item is None:
                return
            job, index, ok, value = item
            f = self._futures.pop(job)
            if ok:
                f._set(value, None)
            else:
                f._set(None, value)

    def shutdown(self, wait=True, *, cancel_futures=False):
        self._shutdown = True
        if wait:
            for f in list(self._futures.values()):
                f.result()
        self._pool.close()
        self._pool.join()
        self._pool._done.put(None)
        if wait:
            self._collector.join()
