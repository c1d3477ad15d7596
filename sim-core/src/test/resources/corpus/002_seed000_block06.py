import threading

sem = threading.Semaphore()
lock = threading.Lock()

def reader():
    with lock:
        sem.acquire()         # acquire the semaphore before reading
        print('reading')
        sem.release()          # release the semaphore after reading

def writer():
    with lock:
        sem.acquire()         # acquire the semaphore before writing
        print('writing')
        sem.release()          # release the semaphore after writing

threads = []
for i in range(5):
    t = threading.Thread(target=reader)
    threads.append(t)
    t.start()

w = threading.Thread(target=writer)
w.start()

for t in threads:
    t.join()
w.join()
