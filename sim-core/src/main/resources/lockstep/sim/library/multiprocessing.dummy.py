# multiprocessing.dummy: multiprocessing's API on threads, as CPython's (Process is a Thread, Pool a ThreadPool),
# written in the scenario language.
import threading
import queue
import os
import multiprocessing
import time

Lock = threading.Lock
RLock = threading.RLock
Semaphore = threading.Semaphore
BoundedSemaphore = threading.BoundedSemaphore
Condition = threading.Condition
Event = threading.Event
Barrier = threading.Barrier
Queue = queue.Queue
JoinableQueue = queue.Queue
current_process = threading.current_thread
TimeoutError = multiprocessing.TimeoutError


class DummyProcess(threading.Thread):
    def __init__(self, group=None, target=None, name=None, args=(), kwargs={}):
        threading.Thread.__init__(self, group, target, name, args, kwargs)
        self._pid = None
        self._start_called = False
        self._parent = current_process()

    def start(self):
        if self._parent is not current_process():
            raise RuntimeError("Parent is {0!r} but current_process is {1!r}".format(self._parent,
                                                                                     current_process()))
        self._start_called = True
        _children.append(self)
        threading.Thread.start(self)

    def _get_exitcode(self):
        if self._start_called and not self.is_alive():
            return 0
        return None

    exitcode = property(_get_exitcode)


Process = DummyProcess
_children = []


def active_children():
    for p in list(_children):
        if not p.is_alive():
            _children.remove(p)
    return list(_children)


def freeze_support():
    pass


class Value:
    def __init__(self, typecode, value, lock=True):
        self._typecode = typecode
        self._value = value

    def _get(self):
        return self._value

    def _set(self, value):
        self._value = value

    value = property(_get, _set)

    def __repr__(self):
        return '<%s(%r, %r)>' % (type(self).__name__, self._typecode, self._value)


def Array(typecode, sequence, lock=True):
    if isinstance(sequence, int):
        return [0.0 if typecode in "fd" else 0] * sequence
    return list(sequence)


class Namespace:
    def __init__(self, **kwds):
        for key, value in kwds.items():
            setattr(self, key, value)


def Manager():
    return multiprocessing.dummy


def Pipe(duplex=True):
    a = queue.Queue()
    b = queue.Queue()
    if duplex:
        return _Connection(a, b), _Connection(b, a)
    return _Connection(a, None), _Connection(None, a)


class _Connection:
    def __init__(self, incoming, outgoing):
        self._in = incoming
        self._out = outgoing

    def send(self, obj):
        self._out.put(obj)

    def recv(self):
        return self._in.get()

    def poll(self, timeout=0.0):
        return self._in.qsize() > 0

    def close(self):
        pass


class ApplyResult:
    """The result of work given to a thread pool: ready once every part of it has run."""
    # For imap: a condition on _lock notified as each part comes, so an iteration can wait for one part.
    _arrived = None

    def __init__(self, count, single, callback=None, error_callback=None, chunksize=0):
        self._event = threading.Event()
        self._lock = threading.Lock()
        self._values = [None] * count
        # Told once per part: an item, or with a chunksize, a chunk of that many items.
        self._chunksize = chunksize
        self._left = (count + chunksize - 1) // chunksize if chunksize else count
        self._single = single
        self._error = None
        self._order = []
        self._callback = callback
        self._error_callback = error_callback
        if count == 0:
            self._event.set()

    def _set(self, index, ok, value):
        with self._lock:
            if ok and self._chunksize:
                self._values[index * self._chunksize:(index + 1) * self._chunksize] = value
            elif ok:
                self._values[index] = value
            elif self._error is None:
                self._error = value
            self._order.append(index)
            self._left -= 1
            if self._arrived is not None:
                self._arrived.notify_all()
            done = self._left == 0
        if done:
            if self._error is None and self._callback is not None:
                self._callback(self._values[0] if self._single else self._values)
            if self._error is not None and self._error_callback is not None:
                self._error_callback(self._error)
            self._event.set()

    def ready(self):
        return self._event.is_set()

    def successful(self):
        if not self.ready():
            raise ValueError("{0!r} not ready".format(self))
        return self._error is None

    def wait(self, timeout=None):
        self._event.wait(timeout)

    def get(self, timeout=None):
        self.wait(timeout)
        if not self.ready():
            raise TimeoutError
        if self._error is not None:
            raise self._error
        return self._values[0] if self._single else self._values


def _pool_worker(tasks, initializer, initargs):
    if initializer is not None:
        initializer(*initargs)
    while True:
        task = tasks.get()
        if task is None:
            break
        result, index, func, args, kwds = task
        try:
            if kwds is None:
                # A chunk of map's work, as CPython's mapstar: its first failure is the whole chunk's result.
                value = [func(*one) for one in args]
            else:
                value = func(*args, **kwds)
        except Exception as e:
            result._set(index, False, e)
        else:
            result._set(index, True, value)


class ThreadPool:
    """multiprocessing.pool.ThreadPool: worker threads that take the work from one queue."""

    def __init__(self, processes=None, initializer=None, initargs=()):
        if processes is None:
            processes = os.cpu_count() or 1
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        self._processes = processes
        self._tasks = queue.Queue()
        self._state = "RUN"
        self._workers = []
        for i in range(processes):
            w = DummyProcess(target=_pool_worker, args=(self._tasks, initializer, initargs))
            w.name = w.name.replace("_pool_worker", "worker")
            w.daemon = True
            w.start()
            self._workers.append(w)
        # CPython's pool also starts three handler threads, which take the next three thread names.
        for i in range(3):
            threading._newname()

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.terminate()

    def __repr__(self):
        return "<%s.%s state=%s pool_size=%d>" % (type(self).__module__, type(self).__qualname__, self._state,
                                                  self._processes)

    def _check_running(self):
        if self._state != "RUN":
            raise ValueError("Pool not running")

    def _submit(self, func, arg_lists, single, callback=None, error_callback=None, kwds=None):
        self._check_running()
        result = ApplyResult(len(arg_lists), single, callback, error_callback)
        for index, args in enumerate(arg_lists):
            self._tasks.put((result, index, func, tuple(args), kwds or {}))
        return result

    def _map_async(self, func, arg_lists, chunksize, callback, error_callback):
        # As CPython's map: about four chunks a worker unless told, a chunk a task (its kwds None).
        self._check_running()
        if chunksize is None:
            chunksize, extra = divmod(len(arg_lists), self._processes * 4)
            if extra:
                chunksize += 1
        if chunksize < 1 and arg_lists:
            raise ValueError("Chunksize must be 1+, not {0:n}".format(chunksize))
        result = ApplyResult(len(arg_lists), False, callback, error_callback, chunksize)
        for index, start in enumerate(range(0, len(arg_lists), max(chunksize, 1))):
            self._tasks.put((result, index, func, [tuple(a) for a in arg_lists[start:start + chunksize]], None))
        return result

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        return self._submit(func, [args], True, callback, error_callback, kwds)

    def apply(self, func, args=(), kwds={}):
        return self.apply_async(func, args, kwds).get()

    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, [(x,) for x in iterable], chunksize, callback, error_callback)

    def map(self, func, iterable, chunksize=None):
        return self.map_async(func, iterable, chunksize).get()

    def starmap_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, [tuple(x) for x in iterable], chunksize, callback, error_callback)

    def starmap(self, func, iterable, chunksize=None):
        return self.starmap_async(func, iterable, chunksize).get()

    def _lazy(self, func, iterable, ordered, chunksize):
        # imap and imap_unordered, lazy as CPython's: the work is handed out at once (an item, or with a chunksize
        # above 1 a chunk, a task), each part waited for when the iteration reaches it (in order, or in the order
        # they come).
        self._check_running()
        if chunksize < 1:
            raise ValueError("Chunksize must be 1+, not {0!r}".format(chunksize))
        arg_lists = [(x,) for x in iterable]
        size = chunksize if chunksize > 1 else 0
        result = ApplyResult(len(arg_lists), False, chunksize=size)
        result._arrived = threading.Condition(result._lock)
        failed = {}
        original_set = result._set

        def record(index, ok, value):
            if not ok:
                failed[index] = value
            original_set(index, ok, value)
        result._set = record
        if size:
            for index, start in enumerate(range(0, len(arg_lists), size)):
                self._tasks.put((result, index, func, arg_lists[start:start + size], None))
        else:
            for index, args in enumerate(arg_lists):
                self._tasks.put((result, index, func, tuple(args), {}))
        parts = (len(arg_lists) + chunksize - 1) // chunksize

        def arrival(taken, deadline):
            with result._arrived:
                if ordered:
                    ready = lambda: taken in result._order
                else:
                    ready = lambda: len(result._order) > taken
                timeout = None if deadline is None else max(deadline - time.monotonic(), 0)
                if not result._arrived.wait_for(ready, timeout):
                    raise TimeoutError
                index = taken if ordered else result._order[taken]
            if index in failed:
                return False, failed[index]
            if size:
                return True, result._values[index * size:(index + 1) * size]
            return True, result._values[index]
        if ordered:
            results = multiprocessing.IMapIterator(parts, arrival)
        else:
            results = multiprocessing.IMapUnorderedIterator(parts, arrival)
        return multiprocessing._ChunkResults(results) if size else results

    def imap(self, func, iterable, chunksize=1):
        return self._lazy(func, iterable, True, chunksize)

    def imap_unordered(self, func, iterable, chunksize=1):
        return self._lazy(func, iterable, False, chunksize)

    def close(self):
        if self._state == "RUN":
            self._state = "CLOSE"
            for w in self._workers:
                self._tasks.put(None)

    def terminate(self):
        self.close()
        self._state = "TERMINATE"

    def join(self):
        if self._state == "RUN":
            raise ValueError("Pool is still running")
        for w in self._workers:
            w.join()


def Pool(processes=None, initializer=None, initargs=()):
    return ThreadPool(processes, initializer, initargs)


# What Manager() gives here: this module, whose dict and list are the built-in ones.
dict = dict
list = list


ThreadPool.__module__ = "multiprocessing.pool"
