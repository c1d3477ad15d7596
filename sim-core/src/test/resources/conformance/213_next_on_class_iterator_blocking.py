# next() on a program class's iterator runs its __next__ on the thread's frames: the thread may wait inside, and a default replaces its StopIteration.
import queue, threading, time
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
q = queue.Queue()
def reader():
    lines = Lines(q)
    print("reader:", next(lines))
    print("reader:", next(lines, "default"))
    print("reader:", next(lines, "no more"))
    try:
        next(lines)
    except StopIteration:
        print("StopIteration without a default")
t = threading.Thread(target=reader)
t.start()
for word in ["alpha", "beta", None, None]:
    time.sleep(0.01)
    q.put(word)
t.join()
print(list(map(next, [iter(Lines(queue.Queue()))] * 0)))
it = Lines(q)
q.put("x"); q.put(None)
print(list(map(lambda _: next(it, "d"), range(2))))
