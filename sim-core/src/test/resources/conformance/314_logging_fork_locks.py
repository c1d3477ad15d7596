# A handler's lock held by another thread when a child is forked: the child's logging gets fresh locks, as CPython's.
import logging, multiprocessing, threading, time, sys, os
logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="%(processName)s %(threadName)s %(message)s")
h = logging.root.handlers[0]

def hold():
    h.acquire()
    time.sleep(1)
    h.release()

def child(n):
    logging.info("child %d logs", n)

if __name__ == "__main__":
    threading.Thread(target=hold, name="holder").start()
    time.sleep(0.1)
    p = multiprocessing.Process(target=child, args=(1,))
    p.start()
    p.join()
    print("child exit", p.exitcode)
    logging.info("parent done")
