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
