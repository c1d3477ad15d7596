import multiprocessing as mp
import os

counter = [0]
print("top level runs in", __name__)

def work(n):
    counter[0] += n
    print("work", n, mp.current_process().name, counter, flush=True)

if __name__ == '__main__':
    for method in ("fork", "spawn", "forkserver"):
        ctx = mp.get_context(method)
        p = ctx.Process(target=work, args=(5,))
        p.start()
        p.join()
        print(method, p.exitcode, p.is_alive(), counter)
