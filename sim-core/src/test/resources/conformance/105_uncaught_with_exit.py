class Resource:
    def __enter__(self):
        print("acquire")
        return self

    def __exit__(self, exc_type, exc, tb):
        print("release after", exc_type.__name__ if exc_type else "nothing")
        return False

with Resource():
    print("using resource")
with Resource():
    [].pop()
