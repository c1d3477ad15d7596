import multiprocessing
import threading


def worker(barrier, lock, n):
    index = barrier.wait()
    with lock:
        print('process', n, 'passed', index in (0, 1, 2))


def late(barrier):
    print('child waits')
    barrier.wait()
    print('child passed')


if __name__ == '__main__':
    barrier = multiprocessing.Barrier(3)
    lock = multiprocessing.Lock()
    processes = [multiprocessing.Process(target=worker, args=(barrier, lock, n)) for n in range(3)]
    for p in processes:
        p.start()
    for p in processes:
        p.join()
    print(barrier.parties, barrier.n_waiting, barrier.broken)
    pair = multiprocessing.Barrier(2, timeout=5)
    child = multiprocessing.Process(target=late, args=(pair,))
    child.start()
    pair.wait()
    child.join()
    print('main passed')
    broken = multiprocessing.Barrier(2)
    broken.abort()
    try:
        broken.wait()
    except threading.BrokenBarrierError:
        print('broken', broken.broken)
