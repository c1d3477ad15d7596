# Logging through a queue: worker threads hand their records to one listener thread, as the logging cookbook does.
import logging
import logging.handlers
import queue
import sys
import threading
import time

q = queue.Queue()
console = logging.StreamHandler(sys.stdout)
console.setFormatter(logging.Formatter("%(threadName)s %(name)s %(levelname)s %(message)s"))
listener = logging.handlers.QueueListener(q, console)
root = logging.getLogger()
root.setLevel(logging.DEBUG)
root.addHandler(logging.handlers.QueueHandler(q))
listener.start()


def worker(n):
    log = logging.getLogger("worker.%d" % n)
    for i in range(2):
        time.sleep(0.01 * (n + 1))
        log.info("step %d", i)


threads = [threading.Thread(target=worker, args=(n,), name="W%d" % n) for n in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
logging.warning("all done with %s", [t.name for t in threads])
listener.stop()
print("records queued and handled:", q.qsize())

memory_target = logging.StreamHandler(sys.stdout)
memory_target.setFormatter(logging.Formatter("memory: %(message)s"))
memory = logging.handlers.MemoryHandler(3, flushLevel=logging.ERROR, target=memory_target)
mlog = logging.getLogger("mem")
mlog.propagate = False
mlog.addHandler(memory)
mlog.warning("one")
mlog.warning("two")
print("nothing flushed yet")
mlog.error("three flushes")
rotating = logging.handlers.RotatingFileHandler("app.log", maxBytes=1000, backupCount=3, delay=True)
print(rotating.maxBytes, rotating.backupCount, isinstance(rotating, logging.FileHandler))
