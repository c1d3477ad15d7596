# A Process repr as CPython writes it: pid once started, parent pid, state, exit code, daemon.
import multiprocessing
import os


def ok():
    pass


def fails():
    raise RuntimeError("the child fails")


def masked(p):
    text = repr(p)
    if p.pid is not None:
        text = text.replace("pid=%d" % p.pid, "pid=CHILD")
    return text.replace("parent=%d" % os.getpid(), "parent=PARENT")


if __name__ == "__main__":
    print(repr(multiprocessing.current_process()))
    a = multiprocessing.Process(target=ok)
    b = multiprocessing.Process(target=fails, name="failing", daemon=True)
    print(masked(a))
    print(masked(b))
    a.start()
    a.join()
    b.start()
    b.join()
    print(masked(a))
    print(masked(b))
    print(a.exitcode, b.exitcode)
