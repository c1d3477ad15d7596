# The os module's process calls, written in the scenario language on the simulator's _os, as CPython's os.fork
# runs the register_at_fork callbacks around the native fork.
import _os

getpid = _os.getpid


def kill(pid, sig):
    # A signal to a process: its handler runs in its main thread, or its default action is taken (signal module).
    _os._kill(pid, sig)
getppid = _os.getppid
_exit = _os._exit
WNOHANG = 1
name = "posix"
sep = "/"

_before = []
_after_in_parent = []
_after_in_child = []


def register_at_fork(*, before=None, after_in_child=None, after_in_parent=None):
    if before is None and after_in_child is None and after_in_parent is None:
        raise TypeError("At least one argument is required.")
    if before is not None:
        _before.append(before)
    if after_in_child is not None:
        _after_in_child.append(after_in_child)
    if after_in_parent is not None:
        _after_in_parent.append(after_in_parent)


def fork():
    for hook in reversed(_before):
        hook()
    pid = _os._fork()
    if pid == 0:
        for hook in _after_in_child:
            hook()
    else:
        for hook in _after_in_parent:
            hook()
    return pid


def waitpid(pid, options):
    return _os.waitpid(pid, options)


def wait():
    return _os.waitpid(-1, 0)


# The simulated computer's cores: the run's --cores.
cpu_count = _os.cpu_count
