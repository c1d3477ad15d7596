# atexit: functions run when the program has ended and the non-daemon threads with it, last registered first.
import atexit
import threading
import time


def goodbye(name, adjective):
    print("Goodbye %s, it was %s to meet you." % (name, adjective))


atexit.register(goodbye, "Donny", "nice")
atexit.register(goodbye, adjective="nice", name="Donny")


def first():
    print("first registered, last to run")


atexit.register(first)
atexit.register(print, "print registered directly")


def removed():
    print("never printed")


atexit.register(removed)
atexit.unregister(removed)


def worker():
    time.sleep(0.2)
    print("worker finished before the exit functions")


threading.Thread(target=worker).start()
print("end of the program")
