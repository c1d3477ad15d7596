# multiprocessing's Process with the fork, spawn and forkserver start methods, written in the scenario language.
# fork copies the parent (os.fork); spawn and forkserver start a fresh process that runs the program's top level
# with __name__ == '__mp_main__', then _spawn_bootstrap calls the target with copies of its arguments.
import os
import _os
import _thread
import time

_start_method = None
_counter = 0
_current = []


def _next_name(kind):
    global _counter
    _counter += 1
    return "%s-%d" % (kind, _counter)


def Lock():
    """A lock shared by every process (a fork or spawn does not copy it)."""
    return _os._shared_lock(False)


def RLock():
    return _os._shared_lock(True)


def get_start_method(allow_none=False):
    if _start_method is None and allow_none:
        return None
    return _start_method or "fork"


def set_start_method(method, force=False):
    global _start_method
    if method not in ("fork", "spawn", "forkserver"):
        raise ValueError("cannot find context for %r" % method)
    if _start_method is not None and not force:
        raise RuntimeError("context has already been set")
    _start_method = method


def get_all_start_methods():
    return ["fork", "spawn", "forkserver"]


_exitcode_names = {-1: "-SIGHUP", -2: "-SIGINT", -9: "-SIGKILL", -14: "-SIGALRM", -15: "-SIGTERM"}
_children = []


class Process:
    _method = None

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs) if kwargs else {}
        # CPython numbers every Process made, named or not: the default name takes the next number regardless.
        default_name = _next_name(type(self).__name__)
        self._name = name if name is not None else default_name
        self._daemonic = bool(daemon) if daemon is not None else current_process().daemon
        self._parent_pid = os.getpid()
        self._child_pid = None
        self._exitcode = None

    def __repr__(self):
        # As CPython's BaseProcess.__repr__: pid once started, the parent's pid, the state, the exit code's name.
        exitcode = None
        if self is current_process():
            status = "started"
        elif self._parent_pid != os.getpid():
            status = "unknown"
        elif self._child_pid is None:
            status = "initial"
        else:
            exitcode = self.exitcode
            status = "started" if exitcode is None else "stopped"
        info = [type(self).__name__, "name=%r" % self._name]
        if self._child_pid is not None:
            info.append("pid=%s" % self._child_pid)
        info.append("parent=%s" % self._parent_pid)
        info.append(status)
        if exitcode is not None:
            info.append("exitcode=%s" % _exitcode_names.get(exitcode, exitcode))
        if self._daemonic:
            info.append("daemon")
        return "<%s>" % " ".join(info)

    def run(self):
        if self._target:
            self._target(*self._args, **self._kwargs)

    def start(self):
        if self._child_pid is not None:
            raise AssertionError("cannot start a process twice")
        assert self._parent_pid == os.getpid(), "can only start a process object created by current process"
        method = self._method or get_start_method()
        if method == "fork":
            pid = os.fork()
            if pid == 0:
                _current.clear()
                _current.append(self)
                _children.clear()
                os._exit(_run_process(self))
            self._child_pid = pid
        else:
            if self._target is None or not hasattr(self._target, "__name__"):
                raise TypeError("a spawned process needs a target defined at the top level of the program")
            self._child_pid = _os._spawn((self._target.__name__, self._args, self._kwargs, self._name,
                                          self._daemonic, self._parent_pid), method == "forkserver")
        if self._daemonic:
            _os._daemon_child(self._child_pid)
        _children.append(self)

    def _reap(self, status):
        # A status from waitpid: a signal number in its low bits, else the exit code in its high byte.
        self._exitcode = -(status & 0x7f) if status & 0x7f else status >> 8
        if self in _children:
            _children.remove(self)

    def join(self, timeout=None):
        assert self._parent_pid == os.getpid(), "can only join a child process"
        assert self._child_pid is not None, "can only join a started process"
        if self._exitcode is not None:
            return
        if timeout is None:
            pid, status = os.waitpid(self._child_pid, 0)
            self._reap(status)
            return
        deadline = time.monotonic() + timeout
        while _os._poll(self._child_pid) is None:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return
            time.sleep(min(remaining, 0.005))
        pid, status = os.waitpid(self._child_pid, 0)
        self._reap(status)

    def is_alive(self):
        if self is current_process():
            return True
        assert self._parent_pid == os.getpid(), "can only test a child process"
        if self._child_pid is None or self._exitcode is not None:
            return False
        if _os._poll(self._child_pid) is None:
            return True
        if self in _children:
            _children.remove(self)
        return False

    def terminate(self):
        # SIGTERM: a handler the child installed runs; by default the child ends.
        if self._child_pid is not None and _os._poll(self._child_pid) is None:
            _os._kill(self._child_pid, 15)

    def kill(self):
        if self._child_pid is not None and _os._poll(self._child_pid) is None:
            _os._kill(self._child_pid, 9)

    def close(self):
        if self._child_pid is not None and self._exitcode is None and _os._poll(self._child_pid) is None:
            raise ValueError("Cannot close a process while it is still running. "
                             "You should first call join() or terminate().")

    def _get_exitcode(self):
        if self._exitcode is None and self._child_pid is not None:
            return _os._poll(self._child_pid)
        return self._exitcode

    def _get_pid(self):
        if self is current_process():
            return os.getpid()
        return self._child_pid

    def _get_name(self):
        return self._name

    def _set_name(self, name):
        self._name = name

    def _get_daemon(self):
        return self._daemonic

    def _set_daemon(self, daemonic):
        assert self._child_pid is None, "process has already started"
        self._daemonic = daemonic

    exitcode = property(_get_exitcode)
    pid = property(_get_pid)
    ident = property(_get_pid)
    name = property(_get_name, _set_name)
    daemon = property(_get_daemon, _set_daemon)


def _run_process(process):
    # As CPython's BaseProcess._bootstrap: SystemExit gives the exit code, any other exception is printed under
    # "Process <name>:" and exits 1; then, as its threading._shutdown(), the child waits for its other threads.
    _log(20, "child process calling self.run()")
    code = _run_target(process)
    if _os._imported("threading"):
        import threading
        threading._shutdown()
    _log(20, "process exiting with exitcode %d" % code)
    return code


def _run_target(process):
    try:
        try:
            process.run()
        finally:
            _log_exit()
        return 0
    except SystemExit as e:
        if not e.args or e.args[0] is None:
            return 0
        if isinstance(e.args[0], int):
            return e.args[0]
        return 1
    except BaseException as e:
        _os._process_excepthook(process.name, e)
        return 1


# multiprocessing's own logger, as multiprocessing.util keeps it: the library logs through it only once the program
# has asked for it with get_logger() or log_to_stderr().
_logger = []


def get_logger():
    if not _logger:
        import logging
        import atexit
        logger = logging.getLogger("multiprocessing")
        logger.propagate = 0
        _logger.append(logger)
        atexit.register(_log_exit)
    return _logger[0]


def log_to_stderr(level=None):
    import logging
    logger = get_logger()
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("[%(levelname)s/%(processName)s] %(message)s"))
    logger.addHandler(handler)
    if level:
        logger.setLevel(level)
    return logger


def _log(level, message):
    if _logger:
        _logger[0].log(level, message)


def _log_exit():
    # What CPython's util._exit_function logs when a process ends (after its target, or at the main's exit).
    _log(20, "process shutting down")
    _log(10, 'running all "atexit" finalizers with priority >= 0')
    _log(10, 'running the remaining "atexit" finalizers')


def _spawn_bootstrap(target_name, args, kwargs, name, daemon, parent_pid):
    main = _os._main_module()
    target = _library_targets[target_name] if target_name in _library_targets else getattr(main, target_name)
    process = Process(target=target, name=name, args=args, kwargs=kwargs, daemon=daemon)
    process._parent_pid = parent_pid
    _current.clear()
    _current.append(process)
    os._exit(_run_process(process))


class _MainProcess:
    name = "MainProcess"
    daemon = False

    def __init__(self):
        self.pid = os.getpid()

    def __repr__(self):
        return "<_MainProcess name='MainProcess' parent=None started>"


def current_process():
    if _current:
        return _current[0]
    return _main


def parent_process():
    return None


class ForkProcess(Process):
    _method = "fork"


class SpawnProcess(Process):
    _method = "spawn"


class ForkServerProcess(Process):
    _method = "forkserver"


class _Context:
    """What get_context(method) returns: the module's API, with processes started by that method."""

    def __init__(self, method):
        self._name = method
        self.Process = {"fork": ForkProcess, "spawn": SpawnProcess, "forkserver": ForkServerProcess}[method]
        for name, value in _context_api().items():
            setattr(self, name, value)

    def get_start_method(self, allow_none=False):
        return self._name

    def get_context(self, method=None):
        return get_context(method or self._name)

    def Pool(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None):
        return Pool(processes, initializer, initargs, maxtasksperchild, self)


def get_context(method=None):
    if method is None:
        method = get_start_method()
    if method not in ("fork", "spawn", "forkserver"):
        raise ValueError("cannot find context for %r" % method)
    return _Context(method)


def cpu_count():
    # As CPython's: the machine's cores, which follow --cores.
    count = os.cpu_count()
    if count is None:
        raise NotImplementedError('cannot determine number of cpus')
    return count


_main = _MainProcess()


class Queue:
    """A queue between processes: what is put is copied, as pickling would, and read by any process."""

    def __init__(self, maxsize=0):
        self._channel = _os._channel(maxsize)

    def put(self, obj, block=True, timeout=None):
        if not _os._send(self._channel, obj, timeout if block else 0):
            import queue
            raise queue.Full

    def get(self, block=True, timeout=None):
        ok, item = _os._receive(self._channel, timeout if block else 0)
        if not ok:
            import queue
            raise queue.Empty
        return item

    def put_nowait(self, obj):
        return self.put(obj, False)

    def get_nowait(self):
        return self.get(False)

    def qsize(self):
        return _os._size(self._channel)

    def empty(self):
        return _os._size(self._channel) == 0

    def close(self):
        pass

    def join_thread(self):
        pass


class Connection:
    """One end of a Pipe: send copies an object to the other end, recv waits for one."""

    def __init__(self, incoming, outgoing):
        self._in = incoming
        self._out = outgoing
        self.closed = False

    def send(self, obj):
        if self.closed or self._out is None:
            raise OSError("handle is closed" if self.closed else "connection is read-only")
        _os._send(self._out, obj, None)

    def recv(self):
        if self.closed or self._in is None:
            raise OSError("handle is closed" if self.closed else "connection is write-only")
        ok, item = _os._receive(self._in, None)
        return item

    def poll(self, timeout=0.0):
        # Waits up to timeout seconds (None: for ever) for something to receive, as CPython's.
        if self.closed or self._in is None:
            raise OSError("handle is closed" if self.closed else "connection is write-only")
        return _os._channel_poll(self._in, timeout)

    def close(self):
        self.closed = True


def Pipe(duplex=True):
    a = _os._channel(0)
    b = _os._channel(0)
    if duplex:
        return Connection(a, b), Connection(b, a)
    return Connection(a, None), Connection(None, a)


def _pool_worker(tasks, results, init=None):
    main = _os._main_module()
    if init is not None:
        getattr(main, init[0])(*init[1])
    while True:
        task = tasks.get()
        if task is None:
            break
        job, index, name, args, kwds, batch = task
        function = getattr(main, name)
        try:
            if batch:
                # A chunk of map's work, as CPython's mapstar: its first failure is the whole chunk's result.
                value = [function(*one) for one in args]
            else:
                value = function(*args, **kwds)
            results.put((job, index, True, value))
        except BaseException as e:
            results.put((job, index, False, e))


class AsyncResult:
    """Work given to a process pool, as CPython's ApplyResult and MapResult: complete once every part has come back;
    get() raises the first failure to come back, and the callback (or error_callback) runs when the last part
    comes. The parent takes results off the pool's queue whenever it waits for one (CPython's result handler
    thread does it at once), and Pool.join() takes the rest, so callbacks have run when join() returns."""

    def __init__(self, pool, count, single, callback=None, error_callback=None, chunksize=0):
        self._pool = pool
        self._values = [None] * count
        # Told once per part: an item, or with a chunksize, a chunk of that many items.
        self._chunksize = chunksize
        self._left = (count + chunksize - 1) // chunksize if chunksize else count
        self._single = single
        self._failed = False
        self._error = None
        self._callback = callback
        self._error_callback = error_callback

    def _set(self, index, ok, value):
        if ok and self._chunksize:
            self._values[index * self._chunksize:(index + 1) * self._chunksize] = value
        elif ok:
            self._values[index] = value
        elif not self._failed:
            self._failed = True
            self._error = value
        self._left -= 1
        if self._left == 0:
            if not self._failed and self._callback is not None:
                self._callback(self._values[0] if self._single else self._values)
            if self._failed and self._error_callback is not None:
                self._error_callback(self._error)

    def ready(self):
        self._pool._receive_arrived()
        return self._left == 0

    def successful(self):
        if not self.ready():
            raise ValueError("{0!r} not ready".format(self))
        return not self._failed

    def wait(self, timeout=None):
        deadline = None if timeout is None else time.monotonic() + timeout
        try:
            while self._left > 0:
                self._pool._receive(deadline)
        except TimeoutError:
            pass

    def get(self, timeout=None):
        self.wait(timeout)
        if self._left > 0:
            raise TimeoutError
        if self._failed:
            raise self._error
        return self._values[0] if self._single else self._values


AsyncResult.__module__ = "multiprocessing.pool"


class _Arrivals:
    """The results of one imap job, as they come back: by index, and the indexes in the order they came."""

    def __init__(self):
        self.got = {}
        self.order = []

    def _set(self, index, ok, value):
        self.got[index] = (ok, value)
        self.order.append(index)


class IMapIterator:
    """What Pool.imap returns, as CPython's: each next() waits for the following result and returns it, or raises
    the exception its task raised, after which the iteration goes on with the results after it. arrival(taken,
    deadline) waits for the taken-th result in this iterator's order and returns (ok, value)."""

    def __init__(self, length, arrival):
        self._length = length
        self._taken = 0
        self._arrival = arrival

    def __iter__(self):
        return self

    def next(self, timeout=None):
        if self._taken == self._length:
            raise StopIteration
        ok, value = self._arrival(self._taken, None if timeout is None else time.monotonic() + timeout)
        self._taken += 1
        if ok:
            return value
        raise value

    __next__ = next


class _ChunkResults:
    """imap's results with a chunksize above 1, as CPython's generator over the chunks' results: a failed chunk's
    exception ends it. A class rather than a generator, so that the process may still fork."""

    def __init__(self, chunks):
        self._chunks = chunks
        self._chunk = []
        self._at = 0
        self._over = False

    def __iter__(self):
        return self

    def __next__(self):
        while self._at == len(self._chunk):
            if self._over:
                raise StopIteration
            try:
                self._chunk = next(self._chunks)
            except BaseException:
                self._over = True
                raise
            self._at = 0
        self._at += 1
        return self._chunk[self._at - 1]


class IMapUnorderedIterator(IMapIterator):
    """What Pool.imap_unordered returns: the results in the order they come."""


IMapIterator.__module__ = "multiprocessing.pool"
IMapUnorderedIterator.__module__ = "multiprocessing.pool"


_method_prefix = {"fork": "Fork", "spawn": "Spawn", "forkserver": "ForkServer"}


class Pool:
    """Worker processes that run functions of the program on arguments sent to them, as multiprocessing.Pool."""
    # CPython's pool starts three handler threads, which take the next three thread names.
    _handler_threads = 3

    def __init__(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None, context=None):
        if processes is None:
            processes = os.cpu_count() or 1
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        self._size = processes
        process_class = context.Process if context is not None else Process
        method = process_class._method or get_start_method()
        init = (initializer.__name__, tuple(initargs)) if initializer is not None else None
        self._tasks = Queue()
        self._done = Queue()
        self._jobs = {}
        self._job = 0
        self._closed = False
        self._terminated = False
        self._workers = []
        for i in range(self._size):
            w = process_class(target=_pool_worker, args=(self._tasks, self._done, init))
            w._name = "%sPoolWorker-%s" % (_method_prefix[method], w._name.rsplit("-", 1)[1])
            w.daemon = True
            w.start()
            self._workers.append(w)
        if self._handler_threads:
            import threading
            for i in range(self._handler_threads):
                threading._newname()

    def __repr__(self):
        return "<%s.%s state=%s pool_size=%d>" % (type(self).__module__, type(self).__qualname__, self._state,
                                                  self._size)

    @property
    def _state(self):
        if self._terminated:
            return "TERMINATE"
        return "CLOSE" if self._closed else "RUN"

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.terminate()

    def _submit(self, func, arg_list, result, kwds=None, chunksize=0):
        # Hands the work out at once, an item or (with a chunksize) a chunk of items a task; result (an AsyncResult
        # or _Arrivals) is told each part as it comes back.
        if self._closed:
            raise ValueError("Pool not running")
        self._job += 1
        self._jobs[self._job] = result
        if chunksize:
            for index, start in enumerate(range(0, len(arg_list), chunksize)):
                chunk = [tuple(args) for args in arg_list[start:start + chunksize]]
                self._tasks.put((self._job, index, func.__name__, chunk, None, True))
            return result
        for index, args in enumerate(arg_list):
            self._tasks.put((self._job, index, func.__name__, tuple(args), dict(kwds or {}), False))
        return result

    def _chunksize(self, count, chunksize):
        # CPython's map: about four chunks a worker unless told.
        if chunksize is None:
            chunksize, extra = divmod(count, self._size * 4)
            if extra:
                chunksize += 1
        if chunksize < 1 and count:
            raise ValueError("Chunksize must be 1+, not {0:n}".format(chunksize))
        return chunksize

    def _receive(self, deadline=None):
        # One result off the pool's queue, of whichever job, told to that job's result. Past the deadline (of
        # time.monotonic()), multiprocessing.TimeoutError.
        if deadline is None:
            done_job, index, ok, value = self._done.get()
        else:
            import queue
            try:
                done_job, index, ok, value = self._done.get(True, max(deadline - time.monotonic(), 0))
            except queue.Empty:
                raise TimeoutError from None
        self._jobs[done_job]._set(index, ok, value)

    def _receive_arrived(self):
        # The results already back, without waiting.
        while self._done.qsize() > 0:
            self._receive()

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        return self._submit(func, [args], AsyncResult(self, 1, True, callback, error_callback), kwds)

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

    def _map_async(self, func, items, chunksize, callback, error_callback):
        size = self._chunksize(len(items), chunksize)
        result = AsyncResult(self, len(items), False, callback, error_callback, size)
        return self._submit(func, items, result, None, size)

    def imap(self, func, iterable, chunksize=1):
        # Lazy, as CPython's: the work is handed out at once, each result is waited for when iteration reaches it.
        return self._lazy(func, [(x,) for x in iterable], chunksize, True)

    def imap_unordered(self, func, iterable, chunksize=1):
        # Lazy: the results in the order they come back.
        return self._lazy(func, [(x,) for x in iterable], chunksize, False)

    def _lazy(self, func, items, chunksize, ordered):
        if chunksize < 1:
            raise ValueError("Chunksize must be 1+, not {0!r}".format(chunksize))
        size = chunksize if chunksize > 1 else 0
        arrivals = self._submit(func, items, _Arrivals(), None, size)
        parts = (len(items) + chunksize - 1) // chunksize

        def arrival(taken, deadline):
            if ordered:
                while taken not in arrivals.got:
                    self._receive(deadline)
                return arrivals.got[taken]
            while len(arrivals.order) <= taken:
                self._receive(deadline)
            return arrivals.got[arrivals.order[taken]]
        results = IMapIterator(parts, arrival) if ordered else IMapUnorderedIterator(parts, arrival)
        return _ChunkResults(results) if size else results

    def close(self):
        if not self._closed:
            self._closed = True
            for w in self._workers:
                self._tasks.put(None)

    def terminate(self):
        self.close()
        self.join()
        self._terminated = True

    def join(self):
        if not self._closed:
            raise ValueError("Pool is still running")
        for w in self._workers:
            w.join()
        # The workers are gone: what they sent back is all in the queue, and its callbacks run now.
        self._receive_arrived()


Pool.__module__ = "multiprocessing.pool"


# Synchronization between processes, as multiprocessing.synchronize builds it on semaphores shared by every
# process: here a counting semaphore is two shared locks and a count in shared memory; Condition and Event are
# built on such semaphores, so a notify or a set in one process wakes waiters in another.
class Semaphore:
    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._mutex = _os._shared_lock(False)
        self._gate = _os._shared_lock(False)
        self._count = _os._shared_memory([value])
        if value == 0:
            self._gate.acquire()

    def __repr__(self):
        return "<%s(value=%s)>" % (type(self).__name__, self.get_value())

    def get_value(self):
        return _os._memory_get(self._count, 0)

    def acquire(self, block=True, timeout=None):
        if not block:
            got = self._gate.acquire(False)
        elif timeout is None:
            got = self._gate.acquire()
        else:
            got = self._gate.acquire(True, max(timeout, 0))
        if not got:
            return False
        self._mutex.acquire()
        left = _os._memory_get(self._count, 0) - 1
        _os._memory_set(self._count, 0, left)
        if left > 0:
            self._gate.release()
        self._mutex.release()
        return True

    def release(self):
        self._mutex.acquire()
        count = _os._memory_get(self._count, 0)
        if not self._may_release(count):
            self._mutex.release()
            raise ValueError("semaphore or lock released too many times")
        _os._memory_set(self._count, 0, count + 1)
        if count == 0:
            self._gate.release()
        self._mutex.release()

    def _may_release(self, count):
        return True

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *args):
        self.release()


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._maxvalue = value

    def __repr__(self):
        return "<BoundedSemaphore(value=%s, maxvalue=%s)>" % (self.get_value(), self._maxvalue)

    def _may_release(self, count):
        return count < self._maxvalue


class Condition:
    """Waiters count themselves in a shared semaphore and sleep on another, as multiprocessing's Condition."""

    def __init__(self, lock=None):
        self._lock = lock if lock is not None else RLock()
        self._sleeping_count = Semaphore(0)
        self._woken_count = Semaphore(0)
        self._wait_semaphore = Semaphore(0)
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def _release_all(self):
        if hasattr(self._lock, "_release_save"):
            return self._lock._release_save()
        self._lock.release()
        return None

    def _restore(self, state):
        if hasattr(self._lock, "_acquire_restore"):
            self._lock._acquire_restore(state)
        else:
            self._lock.acquire()

    def wait(self, timeout=None):
        self._sleeping_count.release()
        state = self._release_all()
        try:
            return self._wait_semaphore.acquire(True, timeout)
        finally:
            self._woken_count.release()
            self._restore(state)

    def notify(self, n=1):
        # Forget the sleepers that timed out, wake up to n of the others and wait until they are awake.
        while self._woken_count.acquire(False):
            self._sleeping_count.acquire(False)
        sleepers = 0
        while sleepers < n and self._sleeping_count.acquire(False):
            self._wait_semaphore.release()
            sleepers += 1
        if sleepers:
            for i in range(sleepers):
                self._woken_count.acquire()
            while self._wait_semaphore.acquire(False):
                pass

    def notify_all(self):
        self.notify(9223372036854775807)

    def wait_for(self, predicate, timeout=None):
        result = predicate()
        if result:
            return result
        if timeout is not None:
            endtime = time.monotonic() + timeout
        else:
            endtime = None
            waittime = None
        while not result:
            if endtime is not None:
                waittime = endtime - time.monotonic()
                if waittime <= 0:
                    break
            self.wait(waittime)
            result = predicate()
        return result


class Event:
    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = Semaphore(0)

    def is_set(self):
        with self._cond:
            if self._flag.acquire(False):
                self._flag.release()
                return True
            return False

    def set(self):
        with self._cond:
            self._flag.acquire(False)
            self._flag.release()
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag.acquire(False)

    def wait(self, timeout=None):
        with self._cond:
            if self._flag.acquire(False):
                self._flag.release()
            else:
                self._cond.wait(timeout)
            if self._flag.acquire(False):
                self._flag.release()
                return True
            return False


def Barrier(parties, action=None, timeout=None):
    """threading.Barrier with its state and count in shared memory and a shared condition, as CPython builds it,
    so the processes that wait on it meet. Its class is made at the first call: only then is threading imported."""
    return _barrier_class()(parties, action, timeout)


_barrier_classes = []


def _barrier_class():
    if not _barrier_classes:
        import threading

        class Barrier(threading.Barrier):
            def __init__(self, parties, action=None, timeout=None):
                self._shared = _os._shared_memory([0, 0])
                self._cond = Condition()
                self._action = action
                self._timeout = timeout
                self._parties = parties

            @property
            def _state(self):
                return _os._memory_get(self._shared, 0)

            @_state.setter
            def _state(self, value):
                _os._memory_set(self._shared, 0, value)

            @property
            def _count(self):
                return _os._memory_get(self._shared, 1)

            @_count.setter
            def _count(self, value):
                _os._memory_set(self._shared, 1, value)

        _barrier_classes.append(Barrier)
    return _barrier_classes[0]


_ctypes_names = {"b": "c_byte", "B": "c_ubyte", "h": "c_short", "H": "c_ushort", "i": "c_int", "I": "c_uint",
                 "l": "c_long", "L": "c_ulong", "q": "c_longlong", "Q": "c_ulonglong", "f": "c_float",
                 "d": "c_double", "c": "c_char", "u": "c_wchar"}


def _zero(typecode):
    if typecode not in _ctypes_names:
        raise TypeError("the typecode %r is outside the scenario language (one of %s)"
                        % (typecode, ", ".join(_ctypes_names)))
    return 0.0 if typecode in "fd" else 0


def _coerce(typecode, value):
    # What a ctypes field stores: a float for 'f' and 'd'; an int field refuses a float, as ctypes does.
    if typecode in "fd":
        return float(value)
    if isinstance(value, float):
        raise TypeError("int expected instead of float")
    return value


class _RawValue:
    """A number in shared memory, as a ctypes object: its value is read and written in place."""

    def __init__(self, typecode, value):
        self._typecode = typecode
        self._memory = _os._shared_memory([_coerce(typecode, value)])

    def _get_value(self):
        return _os._memory_get(self._memory, 0)

    def _set_value(self, value):
        _os._memory_set(self._memory, 0, _coerce(self._typecode, value))

    value = property(_get_value, _set_value)

    def __repr__(self):
        return "%s(%r)" % (_ctypes_names[self._typecode], self.value)


class Synchronized:
    """What Value returns: the shared number and the lock that get_lock() gives, used by no access itself."""

    def __init__(self, raw, lock):
        self._raw = raw
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release

    def get_obj(self):
        return self._raw

    def get_lock(self):
        return self._lock

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    # CPython takes the lock around each read and each write of value; here a property runs to its end without
    # a switch (and so could not wait for the lock), and one read or one write of shared memory is already
    # atomic. Either way a += is a read, then a write: without get_lock() around both, updates are lost.
    def _get_value(self):
        return self._raw.value

    def _set_value(self, value):
        self._raw.value = value

    value = property(_get_value, _set_value)

    def __repr__(self):
        return "<Synchronized wrapper for %r>" % (self._raw,)


def RawValue(typecode_or_type, *args):
    return _RawValue(typecode_or_type, args[0] if args else _zero(typecode_or_type))


def Value(typecode_or_type, *args, lock=True):
    raw = RawValue(typecode_or_type, *args)
    if lock is False:
        return raw
    if lock is True or lock is None:
        lock = RLock()
    return Synchronized(raw, lock)


class _RawArray:
    def __init__(self, typecode, values):
        self._typecode = typecode
        self._memory = _os._shared_memory([_coerce(typecode, v) for v in values])

    def __len__(self):
        return _os._memory_len(self._memory)

    def _index(self, i):
        n = _os._memory_len(self._memory)
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError("invalid index")
        return i

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [_os._memory_get(self._memory, k) for k in list(range(len(self)))[i]]
        return _os._memory_get(self._memory, self._index(i))

    def __setitem__(self, i, value):
        if isinstance(i, slice):
            indexes = list(range(len(self)))[i]
            values = list(value)
            if len(values) != len(indexes):
                raise ValueError("Can only assign sequence of same size")
            for k, v in zip(indexes, values):
                _os._memory_set(self._memory, k, _coerce(self._typecode, v))
            return
        _os._memory_set(self._memory, self._index(i), _coerce(self._typecode, value))

    def __iter__(self):
        return iter(self[:])

    def __repr__(self):
        return "<multiprocessing.sharedctypes.%s_Array_%d object>" % (_ctypes_names[self._typecode], len(self))


class SynchronizedArray(Synchronized):
    def __len__(self):
        return len(self._raw)

    def __getitem__(self, i):
        return self._raw[i]

    def __setitem__(self, i, value):
        self._raw[i] = value

    def __iter__(self):
        return iter(self[:])

    def __repr__(self):
        return "<SynchronizedArray wrapper for %r>" % (self._raw,)


def RawArray(typecode_or_type, size_or_initializer):
    zero = _zero(typecode_or_type)
    if isinstance(size_or_initializer, int):
        values = [zero] * size_or_initializer
    else:
        values = list(size_or_initializer)
    return _RawArray(typecode_or_type, values)


def Array(typecode_or_type, size_or_initializer, *, lock=True):
    raw = RawArray(typecode_or_type, size_or_initializer)
    if lock is False:
        return raw
    if lock is True or lock is None:
        lock = RLock()
    return SynchronizedArray(raw, lock)


class JoinableQueue(Queue):
    """A Queue whose join() waits until every item put has been marked done with task_done()."""

    def __init__(self, maxsize=0):
        Queue.__init__(self, maxsize)
        self._unfinished = Semaphore(0)
        self._cond = Condition(Lock())

    def put(self, obj, block=True, timeout=None):
        with self._cond:
            Queue.put(self, obj, block, timeout)
            self._unfinished.release()

    def task_done(self):
        with self._cond:
            if not self._unfinished.acquire(False):
                raise ValueError("task_done() called too many times")
            if self._unfinished.get_value() == 0:
                self._cond.notify_all()

    def join(self):
        with self._cond:
            if self._unfinished.get_value() != 0:
                self._cond.wait()


def active_children():
    for p in list(_children):
        p.is_alive()
    return list(_children)


def freeze_support():
    pass


class ProcessError(Exception):
    pass


class TimeoutError(ProcessError):
    pass


class AuthenticationError(ProcessError):
    pass


class BufferTooShort(ProcessError):
    pass


# Manager(): a server process that owns the shared objects; proxies in any process send it each method call
# over a channel and wait for the reply on one of their own, as SyncManager's connections do. Calls that may
# wait (a queue's get, a lock's acquire) are served by a thread of their own, as CPython serves each connection.
class _ManagedValue:
    def __init__(self, typecode, value, lock=True):
        self._typecode = typecode
        self._value = value

    def get(self):
        return self._value

    def set(self, value):
        self._value = value

    def __repr__(self):
        return "Value(%r, %r)" % (self._typecode, self._value)


def _manager_types():
    import queue
    import threading
    return {"dict": dict, "list": list, "Value": _ManagedValue, "Namespace": Namespace, "Queue": queue.Queue,
            "JoinableQueue": queue.Queue, "Lock": threading.Lock, "Event": threading.Event,
            "Semaphore": threading.Semaphore, "BoundedSemaphore": threading.BoundedSemaphore}


_blocking_types = ("Queue", "JoinableQueue", "Lock", "Event", "Semaphore", "BoundedSemaphore")


def _serve(obj, name, args, kwargs, reply):
    try:
        result = (True, getattr(obj, name)(*args, **kwargs))
    except BaseException as e:
        result = (False, e)
    _os._send(reply, result, None)


def _manager_server(requests):
    import threading
    types = _manager_types()
    objects = {}
    kinds = {}
    while True:
        ok, request = _os._receive(requests, None)
        kind, ident, name, args, kwargs, reply = request
        if kind == "shutdown":
            _os._send(reply, (True, None), None)
            return
        if kind == "create":
            objects[len(objects) + 1] = types[name](*args, **kwargs)
            kinds[len(objects)] = name
            _os._send(reply, (True, len(objects)), None)
        elif kinds[ident] in _blocking_types:
            threading.Thread(target=_serve, args=(objects[ident], name, args, kwargs, reply), daemon=True).start()
        else:
            _serve(objects[ident], name, args, kwargs, reply)


def _request(requests, kind, ident, name, args=(), kwargs=None):
    reply = _os._channel(0)
    _os._send(requests, (kind, ident, name, tuple(args), kwargs or {}, reply), None)
    ok, answer = _os._receive(reply, None)
    good, value = answer
    if not good:
        raise value
    return value


class BaseProxy:
    def __init__(self, requests, ident, typeid):
        self._requests = requests
        self._id = ident
        self._typeid = typeid

    def _callmethod(self, methodname, args=(), kwds={}):
        if kwds:
            return _request(self._requests, "call", self._id, methodname, args, kwds)
        return _request(self._requests, "call", self._id, methodname, args)

    def __repr__(self):
        return "<%s object, typeid %r>" % (type(self).__name__, self._typeid)

    def __str__(self):
        return self._callmethod("__repr__")


class _SharedProxy(BaseProxy):
    """A proxy of a dict, list or Value: the manager's object sits in shared memory and each call runs at once
    on it (copying what goes in and out), so it never waits, even when the machine calls it (d[k] = v)."""

    def __init__(self, memory, typeid):
        BaseProxy.__init__(self, None, 0, typeid)
        self._memory = memory

    def _callmethod(self, methodname, args=(), kwds={}):
        return _os._memory_call(self._memory, 0, methodname, tuple(args))


class DictProxy(_SharedProxy):
    def __getitem__(self, key):
        return self._callmethod("__getitem__", (key,))

    def __setitem__(self, key, value):
        return self._callmethod("__setitem__", (key, value))

    def __delitem__(self, key):
        return self._callmethod("__delitem__", (key,))

    def __contains__(self, key):
        return self._callmethod("__contains__", (key,))

    def __len__(self):
        return self._callmethod("__len__")

    def __iter__(self):
        return iter(self._callmethod("copy"))

    def get(self, key, default=None):
        return self._callmethod("get", (key, default))

    def setdefault(self, key, default=None):
        return self._callmethod("setdefault", (key, default))

    def pop(self, key, *default):
        return self._callmethod("pop", (key,) + default)

    def popitem(self):
        return self._callmethod("popitem")

    def update(self, *args, **kwargs):
        for arg in args:
            self._callmethod("update", (arg,))
        if kwargs:
            self._callmethod("update", (kwargs,))

    def clear(self):
        return self._callmethod("clear")

    def copy(self):
        return self._callmethod("copy")

    def keys(self):
        return list(self._callmethod("copy").keys())

    def values(self):
        return list(self._callmethod("copy").values())

    def items(self):
        return list(self._callmethod("copy").items())


class ListProxy(_SharedProxy):
    def __getitem__(self, index):
        return self._callmethod("__getitem__", (index,))

    def __setitem__(self, index, value):
        return self._callmethod("__setitem__", (index, value))

    def __delitem__(self, index):
        return self._callmethod("__delitem__", (index,))

    def __contains__(self, value):
        return self._callmethod("__contains__", (value,))

    def __len__(self):
        return self._callmethod("__len__")

    def __iter__(self):
        return iter(self._callmethod("copy"))

    def append(self, value):
        return self._callmethod("append", (value,))

    def extend(self, values):
        return self._callmethod("extend", (list(values),))

    def insert(self, index, value):
        return self._callmethod("insert", (index, value))

    def pop(self, *index):
        return self._callmethod("pop", index)

    def remove(self, value):
        return self._callmethod("remove", (value,))

    def index(self, value):
        return self._callmethod("index", (value,))

    def count(self, value):
        return self._callmethod("count", (value,))

    def sort(self, key=None, reverse=False):
        values = self._callmethod("copy")
        values.sort(key=key, reverse=reverse)
        self._callmethod("__setitem__", (slice(None), values))

    def reverse(self):
        return self._callmethod("reverse")


class ValueProxy(_SharedProxy):
    def get(self):
        return self._callmethod("get")

    def set(self, value):
        return self._callmethod("set", (value,))

    value = property(get, set)


class _MethodProxy(BaseProxy):
    """A proxy that forwards the methods of a queue, lock, event or semaphore."""

    def __getattr__(self, name):
        requests = self._requests
        ident = self._id
        return lambda *args, **kwargs: _request(requests, "call", ident, name, args, kwargs)

    def __enter__(self):
        return self._callmethod("acquire")

    def __exit__(self, *args):
        self._callmethod("release")


class AcquirerProxy(_MethodProxy):
    pass


class EventProxy(_MethodProxy):
    pass


class Namespace:
    """A manager's Namespace, as multiprocessing.managers': attributes, shown sorted by name."""

    def __init__(self, **kwds):
        for name, value in kwds.items():
            setattr(self, name, value)

    def __repr__(self):
        shown = sorted('%s=%r' % (name, value) for name, value in self.__dict__.items() if not name.startswith('_'))
        return '%s(%s)' % (type(self).__name__, ', '.join(shown))


class NamespaceProxy(_SharedProxy):
    # Attributes not starting with an underscore live in the manager's Namespace.
    def __getattr__(self, key):
        if key[0] == '_':
            raise AttributeError("'%s' object has no attribute '%s'" % (type(self).__name__, key))
        return self._callmethod('__getattribute__', (key,))

    def __setattr__(self, key, value):
        if key[0] == '_':
            return object.__setattr__(self, key, value)
        return self._callmethod('__setattr__', (key, value))

    def __delattr__(self, key):
        if key[0] == '_':
            return object.__delattr__(self, key)
        return self._callmethod('__delattr__', (key,))


Namespace.__module__ = "multiprocessing.managers"
NamespaceProxy.__module__ = "multiprocessing.managers"


class SyncManager:
    _proxies = {"dict": DictProxy, "list": ListProxy, "Value": ValueProxy, "Namespace": NamespaceProxy,
                "Queue": _MethodProxy,
                "JoinableQueue": _MethodProxy, "Lock": AcquirerProxy, "Event": EventProxy,
                "Semaphore": AcquirerProxy, "BoundedSemaphore": AcquirerProxy}

    def __init__(self):
        self._requests = None
        self._process = None

    def start(self):
        self._requests = _os._channel(0)
        self._process = Process(target=_manager_server, args=(self._requests,), daemon=True)
        self._process._name = "SyncManager-%s" % self._process._name.rsplit("-", 1)[1]
        self._process.start()

    def shutdown(self):
        if self._process is not None and self._process.is_alive():
            _request(self._requests, "shutdown", 0, "")
            self._process.join()

    def __enter__(self):
        if self._process is None:
            self.start()
        return self

    def __exit__(self, *args):
        self.shutdown()

    def _create(self, typeid, *args, **kwargs):
        if typeid in _blocking_types:
            ident = _request(self._requests, "create", 0, typeid, args, kwargs)
            return self._proxies[typeid](self._requests, ident, typeid)
        obj = _manager_types()[typeid](*args, **kwargs)
        return self._proxies[typeid](_os._shared_memory([obj]), typeid)

    def dict(self, *args, **kwargs):
        return self._create("dict", *args, **kwargs)

    def list(self, *args):
        return self._create("list", *args)

    def Value(self, typecode, value, lock=True):
        return self._create("Value", typecode, value)

    def Namespace(self, **kwds):
        return self._create("Namespace", **kwds)

    def Queue(self, maxsize=0):
        return self._create("Queue", maxsize)

    def JoinableQueue(self, maxsize=0):
        return self._create("JoinableQueue", maxsize)

    def Lock(self):
        return self._create("Lock")

    def Event(self):
        return self._create("Event")

    def Semaphore(self, value=1):
        return self._create("Semaphore", value)

    def BoundedSemaphore(self, value=1):
        return self._create("BoundedSemaphore", value)

    def Namespace(self, **kwds):
        return self._create("Namespace", **kwds)


def Manager():
    m = SyncManager()
    m.start()
    return m


def _context_api():
    # What a context shares with the module (its Process and Pool are the context's own).
    return {"Queue": Queue, "Pipe": Pipe, "Lock": Lock, "RLock": RLock, "current_process": current_process,
            "parent_process": parent_process, "cpu_count": cpu_count, "set_start_method": set_start_method,
            "get_all_start_methods": get_all_start_methods, "Semaphore": Semaphore,
            "BoundedSemaphore": BoundedSemaphore, "Condition": Condition, "Event": Event, "Value": Value,
            "Array": Array, "RawValue": RawValue, "RawArray": RawArray, "JoinableQueue": JoinableQueue,
            "active_children": active_children, "freeze_support": freeze_support, "Manager": Manager,
            "Barrier": Barrier, "get_logger": get_logger, "log_to_stderr": log_to_stderr}


# The library's own functions a spawned process may run as its target (a Pool's workers).
_library_targets = {"_pool_worker": _pool_worker, "_manager_server": _manager_server}
