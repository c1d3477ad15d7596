import threading

lock = threading.Lock()
total = 0


def add(n):
    global total
    with lock:
        total += n


t = threading.Thread(target=add, args=(5,), name="T1")
with lock:
    t.start()
    total += 1
t.join()
print(total)
