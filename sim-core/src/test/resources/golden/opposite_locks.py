import threading
import time

a = threading.Lock()
b = threading.Lock()


def one():
    with a:
        time.sleep(0.1)
        with b:
            print("one")


def two():
    with b:
        time.sleep(0.1)
        with a:
            print("two")


t1 = threading.Thread(target=one, name="T1")
t2 = threading.Thread(target=two, name="T2")
t1.start()
t2.start()
t1.join()
t2.join()
