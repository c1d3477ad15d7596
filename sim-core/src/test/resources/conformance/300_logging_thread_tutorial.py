# A thread tutorial in the style of PyMOTW: every thread reports through logging with its name.
import logging
import threading
import time
import sys

logging.basicConfig(level=logging.DEBUG, stream=sys.stdout,
                    format="[%(levelname)s] (%(threadName)-10s) %(funcName)s:%(lineno)d %(message)s")


def worker(n):
    logging.debug("Starting")
    time.sleep(0.1 * (n + 1))
    logging.debug("Exiting after %.1f s", 0.1 * (n + 1))


def my_service():
    logging.info("Service starting")
    time.sleep(0.5)
    logging.info("Service exiting")


service = threading.Thread(name="my_service", target=my_service)
workers = [threading.Thread(target=worker, args=(i,)) for i in range(3)]
service.start()
time.sleep(0.01)
for i, w in enumerate(workers):
    w.start()
    time.sleep(0.01)
for w in workers:
    w.join()
logging.warning("workers joined: %d", len(workers))
service.join()


class Counter:
    def __init__(self):
        self.lock = threading.Lock()
        self.value = 0

    def increment(self):
        logging.debug("Waiting for lock")
        with self.lock:
            logging.debug("Acquired lock")
            self.value += 1


def bump(c, delay):
    time.sleep(delay)
    c.increment()


counter = Counter()
ts = [threading.Thread(target=bump, args=(counter, 0.05 * (i + 1)), name="bumper-%d" % i) for i in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
logging.info("Counter: %d", counter.value)
logging.getLogger("tutorial").error("done in %s", threading.current_thread().name)
