import itertools
print(next(filter(None, itertools.repeat(0))))
