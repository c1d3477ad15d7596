# A context made by get_context offers the module's API: Queue, Pipe, Lock, Process and Pool.
import multiprocessing


def square(x):
    return x * x


def send(conn, q, lock):
    with lock:
        conn.send("through the pipe")
        q.put("through the queue")


if __name__ == "__main__":
    for method in ("fork", "spawn", "forkserver"):
        ctx = multiprocessing.get_context(method)
        print(ctx.get_start_method())
        q = ctx.Queue()
        parent, child = ctx.Pipe()
        lock = ctx.Lock()
        p = ctx.Process(target=send, args=(child, q, lock))
        p.start()
        print(parent.recv(), "/", q.get())
        p.join()
        print(type(p).__name__, p.exitcode)
        with ctx.Pool(2) as pool:
            print(pool.map(square, range(5)))
