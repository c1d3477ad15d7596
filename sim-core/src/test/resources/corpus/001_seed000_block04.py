import queue
import threading

q = queue.Queue()

def producer():
    q.put('hello')
        
def consumer():
    msg = q.get()
    print(msg)
    
t1 = threading.Thread(target=producer)
t2 = threading.Thread(target=consumer)
t1.start()
t2.start()
