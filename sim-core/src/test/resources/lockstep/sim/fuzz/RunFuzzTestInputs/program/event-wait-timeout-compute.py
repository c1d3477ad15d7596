import threading
import sim
ev = threading.Event()
def waiter():
    print("woken", ev.wait(0.5))
def setter():
    ev.set()
    sim.compute(2.0)
    print("computed")
w = threading.Thread(target=waiter)
s = threading.Thread(target=setter)
w.start(); s.start(); w.join(); s.join()
