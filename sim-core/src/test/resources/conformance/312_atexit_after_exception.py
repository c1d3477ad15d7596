# An uncaught exception ends the program: CPython writes its traceback, then runs atexit's functions.
import atexit


def report(counter):
    print("at exit, counter =", counter["n"])


counter = {"n": 0}
atexit.register(report, counter)
for i in range(3):
    counter["n"] += 1
print("before the error")
raise KeyError("missing")
