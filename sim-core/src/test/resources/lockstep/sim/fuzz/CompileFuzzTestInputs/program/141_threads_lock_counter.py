import threading

counter = 0
lock = threading.Lock()


def worker(n):
    global counter
    for i in range(n):
        with lock:
            counter += 1


threads = [threading.Thread(target=worker, args=(500,)) for _ in range(4)]
print([t.name for t in threads])
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter =", counter, [t.is_alive() for t in threads])
print(threading.current_thread().name, threading.main_thread().name, threading.active_count())
