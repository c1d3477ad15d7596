import multiprocessing as mp
import time

def worker(lock, name):
    with lock:
        print(name, "has the lock", flush=True)
        time.sleep(0.2)
        print(name, "releases it", flush=True)

if __name__ == '__main__':
    lock = mp.Lock()
    ps = [mp.Process(target=worker, args=(lock, "P%d" % i)) for i in range(2)]
    for p in ps:
        p.start()
        time.sleep(0.05)
    for p in ps:
        p.join()
    print("exit codes", [p.exitcode for p in ps])
