# Without get_lock(), counter.value += 1 is a read and a write of shared memory (each taking the lock on its
# own): processes interleaved between them lose updates. CPython's count varies from run to run; Lockstep's is
# the same in every run (its unit test checks the number).
import multiprocessing


def add(counter, times):
    for i in range(times):
        counter.value += 1


if __name__ == "__main__":
    counter = multiprocessing.Value("i", 0)
    workers = [multiprocessing.Process(target=add, args=(counter, 2000)) for i in range(4)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    print("at most 8000:", counter.value <= 8000)
    print("exit codes:", [w.exitcode for w in workers])
