# except* and ExceptionGroup as the Python 3.11 tutorials show them: several tasks fail, each kind is handled once.
import threading


def run_all(jobs):
    errors = []
    lock = threading.Lock()

    def worker(job):
        try:
            job()
        except Exception as e:
            with lock:
                errors.append(e)

    threads = [threading.Thread(target=worker, args=(job,)) for job in jobs]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if errors:
        raise ExceptionGroup("some jobs failed", errors)


def bad_value():
    raise ValueError("bad value")


def bad_type():
    raise TypeError("bad type")


def fine():
    pass


try:
    run_all([bad_value, fine, bad_type, bad_value])
except* ValueError as eg:
    print("value errors:", len(eg.exceptions), [str(e) for e in eg.exceptions])
except* TypeError as eg:
    print("type errors:", repr(eg))
print("after the first try")

# A plain exception meets except*: it is wrapped in an ExceptionGroup('', (exc,)).
try:
    raise KeyError("k")
except* KeyError as eg:
    print("wrapped:", repr(eg), type(eg).__name__, eg.message == "")

# What no clause matches goes on; a clause raising adds to what goes on.
def partly():
    try:
        raise ExceptionGroup("eg", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        raise RuntimeError("while handling ValueError")
    except* TypeError:
        raise

try:
    partly()
except ExceptionGroup as outer:
    print("outer:", repr(outer))
    print("context of the new error:", repr(outer.exceptions[0].__context__))

# Nested groups, split and subgroup.
eg = ExceptionGroup("top", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)]), OSError(4)])
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
print(repr(eg.subgroup(lambda e: isinstance(e, OSError))), eg.subgroup(ZeroDivisionError))
print(str(eg), "|", eg.message, len(eg.exceptions))
print(repr(BaseExceptionGroup("b", [ValueError(1)])), type(BaseExceptionGroup("b", [KeyboardInterrupt()])).__name__)
print(issubclass(ExceptionGroup, BaseExceptionGroup), issubclass(ExceptionGroup, Exception),
      isinstance(eg, Exception), isinstance(eg, BaseExceptionGroup))

for make in [lambda: ExceptionGroup("x", []), lambda: ExceptionGroup("x"), lambda: ExceptionGroup(1, [ValueError()]),
             lambda: ExceptionGroup("x", [1]), lambda: ExceptionGroup("x", [KeyboardInterrupt()]),
             lambda: ExceptionGroup("x", ValueError())]:
    try:
        make()
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

try:
    try:
        raise ExceptionGroup("eg", [ValueError(1)])
    except* ExceptionGroup:
        pass
except TypeError as e:
    print("TypeError:", e)

def nothing_left():
    try:
        raise ExceptionGroup("all", [ValueError(1), ValueError(2)])
    except* ValueError as eg:
        print("handled", len(eg.exceptions))
    else:
        print("not reached")
    finally:
        print("finally runs")
    return "done"

print(nothing_left())
for i in range(3):
    try:
        if i == 1:
            raise ValueError(i)
    except* ValueError:
        for j in range(5):
            if j == 2:
                break
        print("loop", i, j)
