# A SIGALRM timeout as tutorials write it: the handler raises, interrupting the slow work in the main thread.
import signal
import time


class Timeout(Exception):
    pass


def on_alarm(signum, frame):
    print("alarm:", signum == signal.SIGALRM, signal.Signals(signum).name)
    raise Timeout("took too long")


print(signal.getsignal(signal.SIGALRM) == signal.SIG_DFL)
previous = signal.signal(signal.SIGALRM, on_alarm)
print(previous == signal.SIG_DFL, signal.getsignal(signal.SIGALRM) is on_alarm)

start = time.monotonic()
signal.alarm(1)
try:
    time.sleep(5)
    print("never printed")
except Timeout as e:
    print("Timeout:", e, round(time.monotonic() - start, 1))

signal.alarm(1)
count = 0
try:
    while True:
        count += 1
except Timeout:
    print("busy loop interrupted:", count > 0)

print(signal.alarm(0))
signal.alarm(3)
print(signal.alarm(0))

ticks = []


def on_tick(signum, frame):
    ticks.append(round(time.monotonic() - start, 2))


signal.signal(signal.SIGALRM, on_tick)
start = time.monotonic()
signal.setitimer(signal.ITIMER_REAL, 0.25, 0.25)
time.sleep(1.1)
signal.setitimer(signal.ITIMER_REAL, 0)
print(len(ticks), "ticks; slept", round(time.monotonic() - start, 1))

signal.signal(signal.SIGALRM, lambda s, f: print("pause ends"))
signal.alarm(1)
signal.pause()
print("after pause")
