class Tag:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print(f"<{self.name}>")
        return self

    def __exit__(self, exc_type, exc, tb):
        print(f"</{self.name}>")
        return False

with Tag("html") as t:
    print("inside", t.name)
    with Tag("body"):
        print("content")

class Suppress:
    def __enter__(self):
        print("enter")
        return "the value"

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            print("exit saw", exc_type.__name__, exc)
            return True
        print("exit clean")
        return False

with Suppress() as v:
    print("got", v)

with Suppress():
    print("about to fail")
    1 / 0
    print("not reached")
print("after suppressed error")

try:
    with Tag("p"):
        raise ValueError("bad paragraph")
except ValueError as e:
    print("propagated:", e)

def early_return():
    with Tag("fn"):
        return "returned"

print(early_return())
