import multiprocessing as mp

def producer(q, n):
    for i in range(n):
        q.put({"i": i, "sq": i * i})
    q.put(None)

def echo(conn):
    while True:
        msg = conn.recv()
        if msg is None:
            break
        conn.send(msg.upper())
    conn.close()

if __name__ == '__main__':
    q = mp.Queue()
    p = mp.Process(target=producer, args=(q, 3))
    p.start()
    while True:
        item = q.get()
        if item is None:
            break
        print("got", item)
    p.join()
    parent, child = mp.Pipe()
    e = mp.Process(target=echo, args=(child,))
    e.start()
    for word in ["fork", "spawn"]:
        parent.send(word)
        print(parent.recv())
    parent.send(None)
    e.join()
    print("exit codes", p.exitcode, e.exitcode, q.empty())
