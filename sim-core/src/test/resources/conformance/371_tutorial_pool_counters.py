# In the style of multiprocessing tutorials: a Pool counts the words of each text in its workers, and the
# Counters they send back are added up; itertools.chain flattens the lines.
import itertools
import multiprocessing
from collections import Counter

texts = [
    ['the cat sat on the mat', 'the dog sat'],
    ['a cat and a dog', 'the end'],
    ['cats and dogs and cats'],
]


def count_words(lines):
    return Counter(itertools.chain.from_iterable(line.split() for line in lines))


if __name__ == '__main__':
    with multiprocessing.Pool(3) as pool:
        counts = pool.map(count_words, texts)
    total = sum(counts, Counter())
    print(total.most_common(4))
    print([c.total() for c in counts], total['cat'], total['bird'])
    pairs = list(itertools.combinations(sorted(total)[:4], 2))
    print(pairs)
