# The close of a generator whose for loop was left with break or return runs on the thread's own frames: its with
# block releases a lock then, and its finally may wait (a sleep, a queue) while other threads run.
import queue
import threading
import time

lock = threading.Lock()
done = queue.Queue()


def locked_rows(name):
    with lock:
        print(name, "holds the lock")
        yield 1
        yield 2
    print("never reached")


def worker(name):
    for row in locked_rows(name):
        break
    print(name, "left its loop")
    done.put(name)


threads = [threading.Thread(target=worker, args=("w%d" % i,)) for i in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("lock free:", not lock.locked(), sorted(done.get() for _ in range(3)))


def slow_cleanup(name):
    try:
        yield 1
    finally:
        print(name, "cleans up slowly")
        time.sleep(0.05)
        print(name, "cleaned up")


def sleeper():
    for v in slow_cleanup("sleeper"):
        break
    print("sleeper after its loop")


t = threading.Thread(target=sleeper)
t.start()
time.sleep(0.02)
print("main runs while sleeper cleans up")
t.join()
q = queue.Queue()


def handshake():
    try:
        yield "ready"
    finally:
        print("waiting for the ack")
        print("got", q.get())


def acker():
    time.sleep(0.03)
    q.put("ack")


threading.Thread(target=acker).start()


def first():
    for v in handshake():
        return v


print(first())
