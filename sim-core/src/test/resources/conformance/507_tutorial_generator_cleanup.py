# In the style of the tutorials: a generator reads records from a shared "file" under a lock, a search stops at the
# first match with break, and the generator's with and finally blocks close the file at once, before the report.
import threading

log_lock = threading.Lock()


class Resource:
    def __init__(self, name):
        self.name = name
        self.open = True
        print("open", name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.open = False
        print("close", self.name)
        return False


def records(name, rows):
    with Resource(name) as source:
        for number, row in enumerate(rows, 1):
            yield number, row
    print("read all of", name)


def search(name, rows, wanted):
    for number, row in records(name, rows):
        if row == wanted:
            with log_lock:
                print(threading.current_thread().name, "found", wanted, "at row", number)
            return number
    return None


results = {}


def task(name, rows, wanted):
    results[name] = search(name, rows, wanted)


threads = [threading.Thread(target=task, args=("data%d.txt" % i, ["a", "b", "c", "d"], "abcd"[i]), name="T%d" % i)
           for i in range(3)]
for t in threads:
    t.start()
    t.join()
print(sorted(results.items()))
print(search("missing.txt", ["x", "y"], "z"))
