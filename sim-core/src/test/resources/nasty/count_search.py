import itertools
print(10**5 in itertools.count())
