# Python 2 era tutorials call t.isAlive(); CPython 3.11 ends the program suggesting the new name.
import threading
import time


def work(n):
    time.sleep(0.01 * n)


threads = [threading.Thread(target=work, args=(i,)) for i in range(3)]
for t in threads:
    t.start()
try:
    threads[0].setdaemon(True)
except AttributeError as e:
    print("caught:", e, "| name:", e.name, "| same object:", e.obj is threads[0])
for t in threads:
    t.join()
print("all joined")
while threads[0].isAlive():
    pass
