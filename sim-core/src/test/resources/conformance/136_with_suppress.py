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

with Suppress():
    raise KeyError("inner key")
print("suppressed the KeyError too")
