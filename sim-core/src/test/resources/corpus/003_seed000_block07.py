import queue
import threading


def producer(num_queue):
    for num in range(10):
        num_queue.put(num)
        print('[Producer] Produced {}'.format(num))


def consumer(num_queue):
    while True:
        try:
            num = num_queue.get(block=False)
            print('[Consumer] Consumed {}'.format(num))
        except queue.Empty:
            break


num_queue = queue.Queue()
producer_thr = threading.Thread(target=producer, args=(num_queue,))
consumer_thr = threading.Thread(target=consumer, args=(num_queue,))
producer_thr.start()
consumer_thr.start()
producer_thr.join()
consumer_thr.join()
print('All done!')
