# Connection.poll(timeout) waits up to the timeout for something to receive and takes nothing; poll() with no
# timeout only looks, and poll(None) waits for as long as it takes.
import time
from multiprocessing import Pipe, Process


def child(conn):
    time.sleep(0.5)
    conn.send("first")
    time.sleep(0.5)
    conn.send("second")
    conn.close()


if __name__ == "__main__":
    start = time.time()
    here, there = Pipe()
    p = Process(target=child, args=(there,))
    p.start()
    print(here.poll(), here.poll(0.1), round(time.time() - start, 1))
    print(here.poll(1), 0.4 < time.time() - start < 0.9)
    print(here.poll(), here.recv(), here.poll())
    print(here.poll(None), 0.9 < time.time() - start < 1.4, here.recv())
    p.join()
    reader, writer = Pipe(duplex=False)
    try:
        writer.poll()
    except OSError as e:
        print("OSError:", e)
    reader.close()
    try:
        reader.poll()
    except OSError as e:
        print("OSError:", e)
