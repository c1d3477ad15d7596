import threading

N = 200
x = 0


def add():
    global x
    for i in range(N):
        x += 1


t1 = threading.Thread(target=add)
t2 = threading.Thread(target=add)
t1.start()
t2.start()
t1.join()
t2.join()
print(f"x = {x} (expected {2 * N})")
