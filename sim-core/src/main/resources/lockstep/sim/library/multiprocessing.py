# multiprocessing's Process with the fork, spawn and forkserver start methods, written in the scenario language.
# fork copies the parent (os.fork); spawn and forkserver start a fresh process that runs the program's top level
# with __name__ == '__mp_main__', then _spawn_bootstrap calls the target with copies of its arguments.
import os
import _os
import _thread

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


class Process:
    _method = None

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs) if kwargs else {}
        self.name = name if name is not None else _next_name(type(self).__name__)
        self.daemon = bool(daemon)
        self.pid = None
        self._exitcode = None

    def __repr__(self):
        status = "initial" if self.pid is None else "started" if self._exitcode is None else "stopped"
        return "<%s name=%r %s>" % (type(self).__name__, self.name, status)

    def run(self):
        if self._target:
            self._target(*self._args, **self._kwargs)

    def start(self):
        if self.pid is not None:
            raise AssertionError("cannot start a process twice")
        method = self._method or get_start_method()
        if method == "fork":
            pid = os.fork()
            if pid == 0:
                _current.clear()
                _current.append(self)
                os._exit(_run_process(self))
            self.pid = pid
        else:
            if self._target is None or not hasattr(self._target, "__name__"):
                raise TypeError("a spawned process needs a target defined at the top level of the program")
            self.pid = _os._spawn((self._target.__name__, self._args, self._kwargs, self.name),
                                  method == "forkserver")

    def join(self, timeout=None):
        if self.pid is None:
            raise AssertionError("can only join a started process")
        if self._exitcode is None:
            pid, status = os.waitpid(self.pid, 0)
            self._exitcode = status >> 8

    def is_alive(self):
        if self.pid is None or self._exitcode is not None:
            return False
        return _os._poll(self.pid) is None

    def _get_exitcode(self):
        if self._exitcode is None and self.pid is not None:
            return _os._poll(self.pid)
        return self._exitcode

    exitcode = property(_get_exitcode)


def _run_process(process):
    try:
        process.run()
        return 0
    except SystemExit as e:
        return e.args[0] if e.args and isinstance(e.args[0], int) else 0
    except BaseException as e:
        _thread._excepthook(process.name, e)
        return 1


def _spawn_bootstrap(target_name, args, kwargs, name):
    main = _os._main_module()
    target = getattr(main, target_name)
    process = Process(target=target, name=name, args=args, kwargs=kwargs)
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
    def __init__(self, method):
        self._name = method
        self.Process = {"fork": ForkProcess, "spawn": SpawnProcess, "forkserver": ForkServerProcess}[method]

    def get_start_method(self):
        return self._name


def get_context(method=None):
    if method is None:
        method = get_start_method()
    if method not in ("fork", "spawn", "forkserver"):
        raise ValueError("cannot find context for %r" % method)
    return _Context(method)


def cpu_count():
    return 1


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
        return _os._size(self._in) > 0

    def close(self):
        self.closed = True


def Pipe(duplex=True):
    a = _os._channel(0)
    b = _os._channel(0)
    if duplex:
        return Connection(a, b), Connection(b, a)
    return Connection(a, None), Connection(None, a)


def _pool_worker(tasks, results):
    main = _os._main_module()
    while True:
        task = tasks.get()
        if task is None:
            break
        job, index, name, args = task
        try:
            value = getattr(main, name)(*args)
            results.put((job, index, True, value))
        except BaseException as e:
            results.put((job, index, False, e))


class AsyncResult:
    def __init__(self, pool, job, count, single):
        self._pool = pool
        self._job = job
        self._count = count
        self._single = single

    def get(self, timeout=None):
        values = self._pool._collect(self._job, self._count)
        return values[0] if self._single else values

    def wait(self, timeout=None):
        self._pool._collect(self._job, self._count)

    def ready(self):
        return len(self._pool._results.get(self._job, {})) == self._count

    def successful(self):
        return self.ready()


class Pool:
    """Worker processes that run functions of the program on arguments sent to them, as multiprocessing.Pool."""

    def __init__(self, processes=None):
        self._size = processes or 4
        self._tasks = Queue()
        self._done = Queue()
        self._results = {}
        self._order = {}
        self._job = 0
        self._closed = False
        self._workers = []
        for i in range(self._size):
            w = Process(target=_pool_worker, args=(self._tasks, self._done), name="ForkPoolWorker-%d" % (i + 1))
            w.daemon = True
            w.start()
            self._workers.append(w)

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.terminate()

    def _submit(self, func, arg_list):
        if self._closed:
            raise ValueError("Pool not running")
        self._job += 1
        for index, args in enumerate(arg_list):
            self._tasks.put((self._job, index, func.__name__, tuple(args)))
        return self._job

    def _collect(self, job, count):
        got = self._results.setdefault(job, {})
        while len(got) < count:
            done_job, index, ok, value = self._done.get()
            self._results.setdefault(done_job, {})[index] = (ok, value)
            self._order.setdefault(done_job, []).append(index)
        values = []
        for i in range(count):
            ok, value = got[i]
            if not ok:
                raise value
            values.append(value)
        return values

    def apply_async(self, func, args=(), kwds=None):
        return AsyncResult(self, self._submit(func, [args]), 1, True)

    def apply(self, func, args=(), kwds=None):
        return self.apply_async(func, args).get()

    def map_async(self, func, iterable, chunksize=None):
        items = [(x,) for x in iterable]
        return AsyncResult(self, self._submit(func, items), len(items), False)

    def map(self, func, iterable, chunksize=None):
        return self.map_async(func, iterable).get()

    def starmap(self, func, iterable, chunksize=None):
        items = [tuple(x) for x in iterable]
        return AsyncResult(self, self._submit(func, items), len(items), False).get()

    def imap(self, func, iterable, chunksize=1):
        return self.map(func, iterable)

    def imap_unordered(self, func, iterable, chunksize=1):
        items = [(x,) for x in iterable]
        job = self._submit(func, items)
        self._collect(job, len(items))
        return [self._results[job][i][1] for i in self._order[job]]

    def close(self):
        if not self._closed:
            self._closed = True
            for w in self._workers:
                self._tasks.put(None)

    def terminate(self):
        self.close()
        self.join()

    def join(self):
        for w in self._workers:
            w.join()
