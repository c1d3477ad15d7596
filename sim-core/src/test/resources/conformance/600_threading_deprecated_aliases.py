# threading's camelCase aliases warn as CPython 3.11 warns: a DeprecationWarning shown once per calling line of
# __main__ (the default filter), with the caller's line; shown here through a showwarning that prints them.
import threading
import warnings


def show(message, category, filename, lineno, file=None, line=None):
    # CPython names __main__'s file by its absolute path: the file's own name keeps this output portable.
    print(warnings.formatwarning(message, category, filename.split("/")[-1], lineno, line), end="")


warnings.showwarning = show


def work():
    print("working in", threading.current_thread().name)


t = threading.Thread(target=work)
t.setDaemon(False)
for i in range(3):
    print(i, t.isDaemon(), t.getName())
t.setName("worker")
t.start()
t.join()
print(threading.currentThread().getName(), threading.activeCount())
c = threading.Condition()
with c:
    c.notifyAll()
e = threading.Event()
e.set()
print(e.isSet())


def helper():
    return threading.current_thread().getName()


print(helper(), helper())
print("done")
