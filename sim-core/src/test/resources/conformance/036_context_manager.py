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

try:
    with Tag("p"):
        raise ValueError("bad paragraph")
except ValueError as e:
    print("propagated:", e)

def early_return():
    with Tag("fn"):
        return "returned"

print(early_return())
