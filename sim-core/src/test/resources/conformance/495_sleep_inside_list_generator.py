# A generator that sleeps, run by list() and "".join(): other threads run while the main thread sleeps inside.
import threading
import time


def ticker(n):
    for i in range(n):
        print("tick", i)
        time.sleep(0.1)


def slow_letters():
    for letter in "abc":
        time.sleep(0.1)
        print("letter", letter)
        yield letter


time.sleep(0.05)
t = threading.Thread(target=ticker, args=(4,))
t.start()
time.sleep(0.02)
print(list(slow_letters()))
t.join()
t = threading.Thread(target=ticker, args=(3,))
t.start()
time.sleep(0.02)
print("".join(slow_letters()))
t.join()
