# multiprocessing Value and Array live in shared memory: every process sees the others' writes; taking the
# value's lock (get_lock) around += keeps every update.
import multiprocessing


def add(counter, times):
    for i in range(times):
        with counter.get_lock():
            counter.value += 1


def fill(arr, start):
    for i in range(start, len(arr), 2):
        arr[i] = i * i


if __name__ == "__main__":
    counter = multiprocessing.Value("i", 0)
    print(counter, counter.value)
    workers = [multiprocessing.Process(target=add, args=(counter, 200)) for i in range(4)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    print("locked total:", counter.value)

    arr = multiprocessing.Array("d", 6)
    print(arr[:], len(arr))
    ps = [multiprocessing.Process(target=fill, args=(arr, s)) for s in (0, 1)]
    for p in ps:
        p.start()
    for p in ps:
        p.join()
    print(arr[:], arr[-1], list(arr)[2:4])
    arr[0:2] = [7, 8]
    print(arr[:2])

    raw = multiprocessing.Value("d", 2.5, lock=False)
    print(raw, raw.value)
    ints = multiprocessing.Array("i", [3, 1, 2])
    print(sorted(ints), sum(ints[:]))
    for method in ("spawn", "forkserver"):
        ctx = multiprocessing.get_context(method)
        shared = ctx.Value("i", 10)
        p = ctx.Process(target=add, args=(shared, 5))
        p.start()
        p.join()
        print(method, shared.value)
