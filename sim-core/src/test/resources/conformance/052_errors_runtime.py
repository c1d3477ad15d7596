def depth(n):
    return depth(n + 1)

class Machine:
    def __init__(self):
        self.state = "idle"

    def start(self):
        if self.state != "idle":
            raise RuntimeError(f"cannot start from {self.state}")
        self.state = "running"

m = Machine()
m.start()
try:
    m.start()
except RuntimeError as e:
    print("RuntimeError:", e)

try:
    raise NotImplementedError("subclass must implement")
except RuntimeError as e:
    print(type(e).__name__, e, isinstance(e, RuntimeError))

d = {"a": 1, "b": 2}
try:
    for k in d:
        d["new_" + k] = 0
except RuntimeError as e:
    print(e)
