import threading
from queue import Queue
import time


class Producer(threading.Thread):
    def __init__(self, name, condition, queue, start, end):
        super().__init__()
        self.name = name
        self.condition = condition
        self.queue = queue
        self.start_index = start
        self.end_index = end

    def run(self):
        for i in range(self.start_index, self.end_index):
            if self.condition.acquire():
                if self.queue.full():
                    print("{} wait".format(self.name))
                    self.condition.wait()
                else:
                    print('{} produced {}'.format(self.name, i))
                    self.queue.put(i)
                    self.condition.notify()
            self.condition.release()
            time.sleep(1)


class Consumer(threading.Thread):
    def __init__(self, name, condition, queue):
        super().__init__()
        self.name = name
        self.condition = condition
        self.queue = queue

    def run(self):
        i = 0
        while True:
            if self.condition.acquire():
                if self.queue.empty():
                    self.condition.wait()
                else:
                    i = self.queue.get()
                    print('{} consume {}'.format(self.name, i))
                    self.condition.notify()

            self.condition.release()
            time.sleep(1)


if __name__ == '__main__':
    queue = Queue(5)
    condition = threading.Condition()
    producer1 = Producer('producer1', condition, queue, 0, 20)
    producer2 = Producer('producer2', condition, queue, 20, 40)
    producer3 = Producer('producer3', condition, queue, 40, 60)
    producer4 = Producer('producer4', condition, queue, 60, 80)
    producer5 = Producer('producer5', condition, queue, 80, 100)

    consumer = Consumer('consumer', condition, queue)
    for t in [producer1, producer2, producer3, producer4, producer5, consumer]:
        t.start()

    for t in [producer1, producer2, producer3, producer4, producer5, consumer]:
        t.join()

