# threading.Timer: runs its function after the interval unless cancelled first.
import threading
import time

start = time.monotonic()


def hello(who, punctuation="!"):
    print("hello", who + punctuation, threading.current_thread().name, round(time.monotonic() - start, 1))


t = threading.Timer(0.5, hello, args=["timer"], kwargs={"punctuation": "?"})
print(t.name, t.interval, t.is_alive())
t.start()
c = threading.Timer(0.3, hello, ["never"])
c.start()
time.sleep(0.1)
c.cancel()
c.join()
print("cancelled:", c.finished.is_set(), c.is_alive())
t.join()
print("joined", t.is_alive(), t.finished.is_set())

ticks = []


def tick(n):
    ticks.append(n)
    if n < 3:
        nxt = threading.Timer(0.2, tick, (n + 1,))
        nxt.start()
        nxt.join()


threading.Timer(0.1, tick, (1,)).start()
time.sleep(1)
print(ticks)
