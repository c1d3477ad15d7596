# A class whose __iter__ is a generator waiting on a queue: list() and sum() over it let the thread wait.
import threading
import queue
import time


class Inbox:
    def __init__(self):
        self.q = queue.Queue()

    def __iter__(self):
        while True:
            item = self.q.get()
            if item is None:
                return
            yield item


class Countdown:
    def __init__(self, n):
        self.n = n
        self.ready = threading.Event()

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.ready.wait(0.01)
        self.n -= 1
        return self.n


def feed(inbox):
    for word in ["one", "two", "three"]:
        time.sleep(0.01)
        inbox.q.put(word)
    inbox.q.put(None)


inbox = Inbox()
threading.Thread(target=feed, args=(inbox,)).start()
print(list(inbox))
print(sum(Countdown(4)))
print(", ".join(str(x) for x in Countdown(3)))
