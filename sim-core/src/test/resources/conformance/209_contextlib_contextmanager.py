# contextlib.contextmanager (a generator becomes a context manager) and contextlib.suppress.
import contextlib
import threading
from contextlib import contextmanager, suppress


def tag_impl(name):
    print("<%s>" % name)
    yield name.upper()
    print("</%s>" % name)


tag = contextmanager(tag_impl)
with tag("p") as upper:
    print("inside", upper)


def guarded_impl(label):
    print("open", label)
    try:
        yield label
    except KeyError as e:
        print("handled", repr(e))
    finally:
        print("close", label)


guarded = contextlib.contextmanager(guarded_impl)
with guarded("a"):
    raise KeyError("swallowed by the generator")
print("after a")
try:
    with guarded("b"):
        raise ValueError("passes through")
except ValueError as e:
    print("ValueError:", e)

lock = threading.Lock()


def locked_impl(lock):
    lock.acquire()
    try:
        yield
    finally:
        lock.release()


locked = contextmanager(locked_impl)
with locked(lock):
    print("holding:", lock.locked())
print("released:", not lock.locked())


def no_yield_impl():
    if False:
        yield


try:
    with contextmanager(no_yield_impl)():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)


def twice_impl():
    yield 1
    yield 2


try:
    with contextmanager(twice_impl)():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

with suppress(KeyError, IndexError):
    [][1]
print("suppressed IndexError")
with suppress(ZeroDivisionError):
    print("no exception")
try:
    with suppress(KeyError):
        1 / 0
except ZeroDivisionError:
    print("ZeroDivisionError not suppressed")
