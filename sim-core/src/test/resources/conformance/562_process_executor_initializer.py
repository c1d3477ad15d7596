# ProcessPoolExecutor takes CPython's initializer and initargs (run once in each worker before its work) and an
# mp_context choosing the start method.
import multiprocessing
from concurrent.futures import ProcessPoolExecutor

prefix = "unset"


def setup(text):
    global prefix
    prefix = text


def label(n):
    return "%s-%d" % (prefix, n)


if __name__ == "__main__":
    with ProcessPoolExecutor(max_workers=2, initializer=setup, initargs=("job",)) as executor:
        print(list(executor.map(label, range(4))))
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(2, context, setup, ("spawned",)) as executor:
        print(executor.submit(label, 7).result())
    print(prefix)
    try:
        ProcessPoolExecutor(initializer=5)
    except TypeError as e:
        print("TypeError:", e)
