def work():
    try:
        print("working")
        return [1, 2, 3][10]
    finally:
        print("cleanup runs before the crash")

try:
    work()
except KeyError:
    print("wrong handler")
