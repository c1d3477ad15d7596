# A program that logs to stderr (so its stdout is only its prints) and ends with an uncaught exception.
import logging
import threading

logging.basicConfig(level=logging.INFO, format="%(threadName)s: %(message)s")
log = logging.getLogger(__name__)


def task(n):
    log.info("task %d", n)
    print("task", n, "ran")


threads = [threading.Thread(target=task, args=(i,)) for i in range(2)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(log.name, log)
log.critical("about to fail")
raise RuntimeError("stopped on purpose")
