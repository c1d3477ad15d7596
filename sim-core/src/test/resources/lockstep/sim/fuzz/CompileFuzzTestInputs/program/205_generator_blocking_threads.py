# A thread may block inside a generator (and inside a program class's __next__) driven by a for loop or next():
# on a queue, a lock or a sleep. The other threads run meanwhile.
import queue
import threading
import time

jobs = queue.Queue()


def drain(q):
    while True:
        item = q.get()
        if item is None:
            print("drain saw the end marker")
            return
        yield item * 10


def consumer():
    for value in drain(jobs):
        print("consumer got", value)
    print("consumer done")


worker = threading.Thread(target=consumer)
worker.start()
for i in range(3):
    time.sleep(0.01)
    print("main puts", i)
    jobs.put(i)
time.sleep(0.01)
jobs.put(None)
worker.join()

gate = threading.Lock()


def guarded_values():
    for n in range(2):
        with gate:
            yield "value %d under the lock" % n


def reader():
    values = guarded_values()
    print("reader:", next(values))
    print("reader:", next(values))
    print("reader:", next(values, "no more"))


gate.acquire()
t = threading.Thread(target=reader)
t.start()
time.sleep(0.05)
print("main releases the gate")
gate.release()
t.join()


def ticker(n, interval):
    for i in range(n):
        time.sleep(interval)
        yield "tick %d" % i


def listen(name, interval):
    for tick in ticker(2, interval):
        print(name, tick)


a = threading.Thread(target=listen, args=("slow", 0.03))
b = threading.Thread(target=listen, args=("fast", 0.02))
a.start()
b.start()
a.join()
b.join()


class Lines:
    def __init__(self, q):
        self.q = q

    def __iter__(self):
        return self

    def __next__(self):
        line = self.q.get()
        if line is None:
            raise StopIteration
        return line.upper()


lines = queue.Queue()


def printer():
    for line in Lines(lines):
        print("printer:", line)
    print("printer done")


p = threading.Thread(target=printer)
p.start()
for word in ["alpha", "beta", None]:
    time.sleep(0.01)
    lines.put(word)
p.join()
print("all done")
