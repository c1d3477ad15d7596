class Logger:
    depth = 0

    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    def __enter__(self):
        print("  " * Logger.depth + "enter " + self.name)
        Logger.depth += 1
        return self

    def __exit__(self, exc_type, exc_value, traceback):
        Logger.depth -= 1
        status = "ok" if exc_type is None else f"{exc_type.__name__}({exc_value})"
        print("  " * Logger.depth + "exit " + self.name + " " + status)
        return self.swallow

with Logger("outer", swallow=True):
    with Logger("inner") as inner:
        print("    work in", inner.name)
        raise KeyError("k")
    print("not reached")
print("continuing after outer swallowed")

def guarded(x):
    with Logger("guard", swallow=True):
        return 10 // x
    return "swallowed"

print(guarded(2))
print(guarded(0))
for i in range(3):
    with Logger(f"loop{i}"):
        if i == 1:
            continue
        print("    body", i)
