# A tutorial's word count: pool workers record their results in a Manager().dict(); sorted before printing.
import multiprocessing
import os


def count_words(args):
    shared, name, text = args
    shared[name] = len(text.split())
    return name


def square_into(shared, n):
    shared[n] = n * n


if __name__ == "__main__":
    documents = {
        "alpha": "the quick brown fox",
        "beta": "jumps over the lazy dog",
        "gamma": "hello",
        "delta": "a b c d e f",
    }
    with multiprocessing.Manager() as manager:
        shared = manager.dict()
        with multiprocessing.Pool(processes=3) as pool:
            done = pool.map(count_words, [(shared, k, v) for k, v in documents.items()])
        print("finished:", sorted(done))
        print("counts:", sorted(shared.items()))
        print("total:", sum(shared.values()), "keys:", len(shared))

        squares = manager.dict()
        pool = multiprocessing.Pool(2)
        for n in range(5):
            pool.apply_async(square_into, (squares, n))
        pool.close()
        pool.join()
        print("squares:", sorted(squares.items()))
        print(dict(sorted(squares.items())) == {n: n * n for n in range(5)})
