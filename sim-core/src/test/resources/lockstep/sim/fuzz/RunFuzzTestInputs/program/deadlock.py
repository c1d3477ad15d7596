import threading
a = threading.Lock()
b = threading.Lock()
def one():
    with a:
        with b:
            pass
def two():
    with b:
        with a:
            pass
x = threading.Thread(target=one)
y = threading.Thread(target=two)
x.start(); y.start(); x.join(); y.join()
