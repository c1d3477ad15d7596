# The sys module: the simulator's natives (_sys) and the program's two text streams, as CPython's sys.stdout and
# sys.stderr are io.TextIOWrapper objects whose write() returns the number of characters written.
import _sys

setswitchinterval = _sys.setswitchinterval
getswitchinterval = _sys.getswitchinterval
exit = _sys.exit
exc_info = _sys.exc_info
exception = _sys.exception
maxsize = _sys.maxsize
platform = _sys.platform
version = _sys.version
byteorder = "little"
# The program's name, as `python3 prog.py` gives it: the run has no other command-line arguments.
argv = _sys._argv()


class _VersionInfo:
    """CPython's sys.version_info is a named tuple of the version; here a sequence that compares as one."""

    def __init__(self, values):
        self._values = values
        self.major, self.minor, self.micro, self.releaselevel, self.serial = values

    def __getitem__(self, index):
        return self._values[index]

    def __len__(self):
        return 5

    def __iter__(self):
        return iter(self._values)

    def __eq__(self, other):
        return self._values == tuple(other)

    def __lt__(self, other):
        return self._values < tuple(other)

    def __le__(self, other):
        return self._values <= tuple(other)

    def __gt__(self, other):
        return self._values > tuple(other)

    def __ge__(self, other):
        return self._values >= tuple(other)

    def __hash__(self):
        return hash(self._values)

    def __repr__(self):
        return ("sys.version_info(major=%d, minor=%d, micro=%d, releaselevel=%r, serial=%d)" % self._values)


version_info = _VersionInfo((3, 11, 7, "final", 0))
hexversion = 0x30b07f0
_recursion_limit = 1000


def getrecursionlimit():
    return _recursion_limit


def setrecursionlimit(limit):
    global _recursion_limit
    if not isinstance(limit, int):
        raise TypeError("'" + type(limit).__name__ + "' object cannot be interpreted as an integer")
    if limit < 1:
        raise ValueError("recursion limit must be greater or equal than 1")
    _recursion_limit = limit


class TextIOWrapper:
    # print(file=...) hands these streams each line whole, as CPython's buffer does, rather than piece by piece.
    _whole_print = True

    def __init__(self, name, write):
        self.name = name
        self.mode = "w"
        self.encoding = "utf-8"
        self._write = write
        self.closed = False

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not " + type(s).__name__)
        return self._write(s)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        pass

    def isatty(self):
        return False

    def fileno(self):
        if self.name == "<stdout>":
            return 1
        return 2

    def __repr__(self):
        return "<_io.TextIOWrapper name='" + self.name + "' mode='w' encoding='utf-8'>"


TextIOWrapper.__module__ = "_io"
stdout = TextIOWrapper("<stdout>", _sys._write_stdout)
stderr = TextIOWrapper("<stderr>", _sys._write_stderr)
__stdout__ = stdout
__stderr__ = stderr
