# The messages CPython's itertools give for wrong arguments.
import itertools


def attempt(label, make):
    try:
        result = make()
        print(label, 'ok', result)
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__ + ':', e)


attempt('count str', lambda: itertools.count('a'))
attempt('cycle none', lambda: itertools.cycle())
attempt('cycle int', lambda: itertools.cycle(5))
attempt('repeat none', lambda: itertools.repeat())
attempt('islice one', lambda: itertools.islice([1]))
attempt('islice negative', lambda: itertools.islice([1], -1))
attempt('islice start', lambda: itertools.islice([1], -1, 2))
attempt('islice step', lambda: itertools.islice([1], 0, 2, 0))
attempt('islice str', lambda: itertools.islice([1], 'a'))
attempt('chain int', lambda: list(itertools.chain([1], 2)))
attempt('starmap one', lambda: itertools.starmap(pow))
attempt('starmap items', lambda: list(itertools.starmap(pow, [1])))
attempt('combinations r', lambda: itertools.combinations('ab'))
attempt('permutations r', lambda: itertools.permutations('ab', -2))
attempt('tee n', lambda: itertools.tee('ab', -1))
attempt('zip_longest kw', lambda: itertools.zip_longest('a', fill=1))
attempt('pairwise', lambda: itertools.pairwise())
attempt('accumulate', lambda: list(itertools.accumulate([1, 'a'])))
attempt('groupby', lambda: itertools.groupby())
attempt('takewhile', lambda: itertools.takewhile(None))
attempt('not subscriptable', lambda: itertools.count()[0])
attempt('next of count', lambda: next(itertools.count(5)))
