# The atexit module: functions registered here run when the main process's main thread has finished its program and
# every non-daemon thread has ended, last registered first, as CPython runs them at interpreter shutdown.
import sys
import _sys
import threading

_exithandlers = []
_ran = False


def register(func, *args, **kwargs):
    if not callable(func):
        raise TypeError("the first argument must be callable")
    _exithandlers.append((func, args, kwargs))
    return func


def unregister(func):
    kept = []
    for handler in _exithandlers:
        if handler[0] != func:
            kept.append(handler)
    _exithandlers[:] = kept


def _clear():
    _exithandlers[:] = []


def _ncallbacks():
    return len(_exithandlers)


def _run_exitfuncs():
    while _exithandlers:
        func, args, kwargs = _exithandlers.pop()
        try:
            func(*args, **kwargs)
        except SystemExit:
            pass
        except BaseException as e:
            sys.stderr.write("Exception ignored in atexit callback: " + repr(func) + "\n"
                             + _sys._format_exception(e) + "\n")


def _shutdown():
    """The main thread's end of the program: wait for the non-daemon threads as threading._shutdown, then run."""
    global _ran
    _ran = True
    main = threading.main_thread()
    for t in threading.enumerate():
        if t is not main and not t.daemon:
            t.join()
    _run_exitfuncs()
