import os

data = {"items": [1, 2], "count": 2}


class Box:
    def __init__(self):
        self.value = 10


box = Box()
pid = os.fork()
if pid == 0:
    data["items"].append(3)
    data["count"] += 1
    box.value += 5
    print("child sees", data, box.value, os.getppid() != os.getpid(), flush=True)
    os._exit(3)
_, status = os.waitpid(pid, 0)
print("parent sees", data, box.value, "child exit", status >> 8)
for i in range(3):
    p = os.fork()
    if p == 0:
        print("child", i, "of the loop", flush=True)
        os._exit(0)
    os.waitpid(p, 0)
print("done")
