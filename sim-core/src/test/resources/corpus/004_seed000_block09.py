import threading


def printer(num_lock, num_sem):
    for i in range(10):
        num_lock.acquire()      # acquire the lock before printing
        num_sem.acquire()       # acquire the semaphore before printing
        print(i)                # print the number
        num_sem.release()       # release the semaphore after printing
        num_lock.release()      # release the lock after printing


if __name__ == '__main__':
    num_lock = threading.Lock()
    num_sem = threading.Semaphore(value=1)    # initialize semaphore with initial value of 1
    
    thr = threading.Thread(target=printer, args=(num_lock, num_sem))
    thr.start()
    thr.join()
