import threading
ev = threading.Event()
def w():
    ev.wait(0.5)
ts = [threading.Thread(target=w) for _ in range(200)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("done")
