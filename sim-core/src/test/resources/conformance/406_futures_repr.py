# A Future repr as CPython writes it: its state, and once finished what it returned or raised.
import concurrent.futures
import threading


def masked(f):
    text = repr(f)
    return text[:text.index(" at ")] + text[text.index(" state="):]


gate = threading.Event()


def wait_for_gate():
    gate.wait()
    return 42


def fail():
    raise KeyError("missing")


with concurrent.futures.ThreadPoolExecutor(max_workers=1) as ex:
    running = ex.submit(wait_for_gate)
    pending = ex.submit(str, 7)
    print(masked(pending))
    gate.set()
    print(running.result(), pending.result())
    print(masked(running))
    print(masked(pending))
    failed = ex.submit(fail)
    print(type(failed.exception()).__name__)
    print(masked(failed))
    listed = ex.submit(list, "ab")
    listed.result()
    print(masked(listed))
f = concurrent.futures.Future()
print(masked(f))
f.set_result(None)
print(masked(f))
