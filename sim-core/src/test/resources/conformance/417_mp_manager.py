# Manager(): a server process owns a dict, a list, a Value, a Queue and a Lock; proxies in other processes
# (here a pool's workers) reach them by sending it each call.
import multiprocessing


def count_words(shared, lock, line):
    for word in line.split():
        with lock:
            shared[word] = shared.get(word, 0) + 1
    return len(line.split())


def producer(q, log, n):
    for i in range(n):
        q.put(i)
    log.append("produced %d" % n)


if __name__ == "__main__":
    with multiprocessing.Manager() as manager:
        print(type(manager).__name__)
        shared = manager.dict()
        lock = manager.Lock()
        lines = ["a b a", "b c", "a c c", "d"]
        with multiprocessing.Pool(2) as pool:
            counts = pool.starmap(count_words, [(shared, lock, line) for line in lines])
        print(counts, sorted(shared.items()), len(shared), "a" in shared, shared["c"])
        print(type(shared).__name__, str(shared) == str(dict(shared.copy())))

        log = manager.list(["start"])
        q = manager.Queue()
        p = multiprocessing.Process(target=producer, args=(q, log, 3))
        p.start()
        got = [q.get() for i in range(3)]
        p.join()
        print(got, log[:], len(log), log[-1])
        log.extend([1, 2])
        print(log.pop(), log.index(1), list(log))

        v = manager.Value("i", 5)
        v.value += 10
        print(v.value, v)
        shared.update(z=26)
        print(shared.pop("z"), shared.get("missing", "none"), sorted(shared.keys()))
        try:
            shared["missing"]
        except KeyError as e:
            print("KeyError", e)
