import time

class Producer:
    def __init__(self):
        self.queue = []

    def produce(self, data):
        print('Producer produces:', data)
        self.queue.append(data)

    def send_msg(self):
        while True:
            if len(self.queue) > 0:
                msg = self.queue.pop(0)
                print('Send message to Consumer', msg)
            else:
                # sleep for a while before checking again
                time.sleep(0.5)

class Consumer:
    def receive_msg(self, queue):
        while True:
            if not queue.empty():
                msg = queue.get()
                print('Receive message:', msg)
            else:
                # sleep for a while before checking again
                time.sleep(0.5)


if __name__ == '__main__':
    producer = Producer()
    consumer = Consumer()

    # create threads to handle producer and consumer separately
    t1 = threading.Thread(target=producer.send_msg)
    t2 = threading.Thread(target=consumer.receive_msg, args=(queue,))

    # start the two threads
    t1.start()
    t2.start()

    # simulate product data produced by producers
    for i in range(10):
        producer.produce('Product' + str(i))

    # wait until both threads finish execution
    t1.join()
    t2.join()
