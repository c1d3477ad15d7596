# The signal module, written in the scenario language on the simulator's _os: handlers run in the main thread
# between two instructions, alarms ring in virtual time. Signal numbers are Linux's; they are plain ints here
# (CPython's are IntEnum members, equal to these ints); Signals(n).name gives the name.
import _os

SIGHUP = 1
SIGINT = 2
SIGQUIT = 3
SIGABRT = 6
SIGKILL = 9
SIGUSR1 = 10
SIGUSR2 = 12
SIGPIPE = 13
SIGALRM = 14
SIGTERM = 15
SIGCHLD = 17
SIGCONT = 18
SIGSTOP = 19
NSIG = 65
SIG_DFL = 0
SIG_IGN = 1
ITIMER_REAL = 0
ITIMER_VIRTUAL = 1
ITIMER_PROF = 2

_names = {1: "SIGHUP", 2: "SIGINT", 3: "SIGQUIT", 6: "SIGABRT", 9: "SIGKILL", 10: "SIGUSR1", 12: "SIGUSR2",
          13: "SIGPIPE", 14: "SIGALRM", 15: "SIGTERM", 17: "SIGCHLD", 18: "SIGCONT", 19: "SIGSTOP"}
_descriptions = {1: "Hangup", 2: "Interrupt", 3: "Quit", 6: "Aborted", 9: "Killed", 10: "User defined signal 1",
                 12: "User defined signal 2", 13: "Broken pipe", 14: "Alarm clock", 15: "Terminated",
                 17: "Child exited", 18: "Continued", 19: "Stopped (signal)"}


class ItimerError(OSError):
    pass


class Signals:
    """Signals(n): the signal numbered n, with its name and value."""

    def __init__(self, value):
        if value not in _names:
            raise ValueError("%r is not a valid Signals" % (value,))
        self.value = value
        self.name = _names[value]

    def __repr__(self):
        return "<Signals.%s: %d>" % (self.name, self.value)

    def __str__(self):
        return "Signals." + self.name

    def __eq__(self, other):
        return self.value == other or isinstance(other, Signals) and self.value == other.value

    def __hash__(self):
        return hash(self.value)


def default_int_handler(signalnum, frame):
    raise KeyboardInterrupt


def _check(signalnum):
    if not isinstance(signalnum, int) and isinstance(signalnum, Signals):
        signalnum = signalnum.value
    if signalnum < 1 or signalnum >= NSIG:
        raise ValueError("signal number out of range")
    return signalnum


def signal(signalnum, handler):
    signalnum = _check(signalnum)
    if signalnum in (SIGKILL, SIGSTOP):
        raise OSError(22, "Invalid argument")
    if handler not in (SIG_DFL, SIG_IGN) and not callable(handler):
        raise TypeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object")
    previous = _os._signal(signalnum, handler)
    if signalnum == SIGINT and previous == SIG_DFL and not _sigint_replaced:
        previous = default_int_handler
    if signalnum == SIGINT:
        _sigint_replaced.append(True)
    return previous


_sigint_replaced = []


def getsignal(signalnum):
    signalnum = _check(signalnum)
    handler = _os._getsignal(signalnum)
    if signalnum == SIGINT and handler == SIG_DFL and not _sigint_replaced:
        return default_int_handler
    return handler


def alarm(seconds):
    old, interval = _os._setitimer(seconds, 0)
    if old > 0 and old < 1:
        return 1
    return int(old + 0.5) if old > 0 else 0


def setitimer(which, seconds, interval=0.0):
    if which != ITIMER_REAL:
        raise ItimerError("only ITIMER_REAL is simulated: virtual and profiling timers count CPU time")
    return _os._setitimer(seconds, interval)


def getitimer(which):
    old, interval = _os._setitimer(0, 0)
    if old > 0:
        _os._setitimer(old, interval)
    return (old, interval)


def pause():
    _os._pause()


def raise_signal(signalnum):
    _os._kill(_os.getpid(), _check(signalnum))


def strsignal(signalnum):
    return _descriptions.get(signalnum)


def valid_signals():
    return set(range(1, NSIG))
