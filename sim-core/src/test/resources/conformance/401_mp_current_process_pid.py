# Inside a child, current_process() is its Process object and its pid is the child's own pid.
import multiprocessing
import os


def report(q):
    me = multiprocessing.current_process()
    q.put((me.name, me.pid == os.getpid(), me.pid is None, me.is_alive(), me.daemon))


if __name__ == "__main__":
    for method in ("fork", "spawn"):
        ctx = multiprocessing.get_context(method)
        q = ctx.Queue()
        p = ctx.Process(target=report, args=(q,), name="reporter-" + method)
        print(p.pid)
        p.start()
        name, own, none, alive, daemon = q.get()
        p.join()
        print(name, own, none, alive, daemon)
        print(p.pid is not None, p.pid != os.getpid(), p.exitcode)
    main = multiprocessing.current_process()
    print(main.name, main.pid == os.getpid())
