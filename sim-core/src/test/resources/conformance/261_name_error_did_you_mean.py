# A typo in a name: CPython 3.11 suggests the nearest local, global or built-in name.
import threading

counter = 0


def work(amount):
    global counter
    for _ in range(amount):
        counter += 1


workers = [threading.Thread(target=work, args=(100,)) for _ in range(2)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print(counter)
try:
    print(countr)
except NameError as e:
    print("caught:", e, "| name:", e.name)
prnt("done")
