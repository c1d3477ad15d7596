# -*- coding:utf-8 -*-
import threading
import queue
from time import sleep


class ConsumerThread(threading.Thread):
    def __init__(self, que):
        super().__init__()
        self.queue = que

    def run(self):
        while True:
            sleep(0.1)
            item = self.queue.get()
            print(item)
            self.queue.task_done()


class ProducerThread(threading.Thread):
    def __init__(self, que):
        super().__init__()
        self.queue = que

    def run(self):
        for x in range(10):
            self.queue.put(x)


if __name__ == '__main__':
    que = queue.Queue()

    tasks = [ConsumerThread(que) for x in range(2)]

    for t in tasks:
        t.setDaemon(True)
        t.start()

    producer = ProducerThread(que)
    producer.start()
    que.join()
    print('all done')
