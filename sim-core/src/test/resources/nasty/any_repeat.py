import itertools
print(any(itertools.repeat(0)))
