# The stop-flag pattern of older thread tutorials, with Event.isSet() polled in a loop by two threads: CPython 3.11
# warns once for that line of __main__, whichever thread gets there first, however often it runs.
import threading
import time
import warnings


def show(message, category, filename, lineno, file=None, line=None):
    # CPython names __main__'s file by its absolute path: the file's own name keeps this output portable.
    print(warnings.formatwarning(message, category, filename.split("/")[-1], lineno, line), end="")


warnings.showwarning = show


class Worker(threading.Thread):
    def __init__(self, flag, name, period):
        super().__init__(name=name)
        self._flag = flag
        self._period = period
        self.rounds = 0

    def run(self):
        while not self._flag.isSet():
            self.rounds += 1
            time.sleep(self._period)
        print(self.getName(), "stopped")


flag = threading.Event()
workers = [Worker(flag, "w%d" % i, 0.1 + 0.04 * i) for i in range(2)]
for w in workers:
    w.start()
time.sleep(0.35)
flag.set()
for w in workers:
    w.join()
print([w.rounds for w in workers])
