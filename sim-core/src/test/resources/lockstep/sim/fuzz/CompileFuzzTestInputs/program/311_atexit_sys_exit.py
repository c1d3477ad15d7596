# sys.exit() ends the program, yet atexit's functions run once the non-daemon threads have ended.
import atexit
import sys
import threading
import time

atexit.register(print, "cleanup 1")
atexit.register(lambda: print("cleanup 2"))


def worker():
    time.sleep(0.3)
    print("worker ends after sys.exit")


threading.Thread(target=worker).start()
print("exiting")
sys.exit(0)
print("never printed")
