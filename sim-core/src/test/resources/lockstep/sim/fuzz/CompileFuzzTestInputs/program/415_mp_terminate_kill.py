# terminate() sends SIGTERM and kill() SIGKILL: the child ends at once, its exit code is minus the signal.
import multiprocessing
import time


def forever():
    while True:
        time.sleep(0.1)


if __name__ == "__main__":
    a = multiprocessing.Process(target=forever, name="A")
    b = multiprocessing.Process(target=forever, name="B")
    a.start()
    b.start()
    time.sleep(0.3)
    print(a.is_alive(), b.is_alive(), a.exitcode)
    a.terminate()
    b.kill()
    a.join()
    b.join()
    print(a.is_alive(), b.is_alive(), a.exitcode, b.exitcode)
    print(repr(a).split(" ")[-1], repr(b).split(" ")[-1])
    print(multiprocessing.active_children())
    c = multiprocessing.Process(target=forever, name="C", daemon=True)
    c.start()
    c.join(0.25)
    print("after join(0.25):", c.is_alive(), c.exitcode)
    c.terminate()
    c.join()
    print(c.exitcode)
