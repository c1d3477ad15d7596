from multiprocessing import Lock, RLock

def test_lock():
    lock = Lock()
    print("获取互斥锁")
    lock.acquire()
    print("再次获取互斥锁")
    lock.acquire()
    print("释放互斥锁")
    lock.release()

def test_rlock():
    rlock = RLock()
    print("获取递归锁")
    rlock.acquire()
    print("再次获取递归锁")
    rlock.acquire()
    print("释放递归锁")
    rlock.release()
    rlock.release()

if __name__ == '__main__':
    test_rlock()
    test_lock()
