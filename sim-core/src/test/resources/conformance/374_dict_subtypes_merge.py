# The dict subtypes keep their kind through |, |=, reversed() and fromkeys, as CPython's C methods make them.
from collections import defaultdict, OrderedDict, Counter
dd = defaultdict(int)
dd |= {'a': 1}
print(type(dd), dd)
od = OrderedDict(a=1)
print(od | {'b': 2}, {'z': 0} | od, dd | {'q': 1})
od |= {'c': 3}
print(od, type(od))
c = Counter(a=1)
c |= Counter(a=3)
print(c)
print(list(reversed(od)), dict.fromkeys('ab', 0), OrderedDict.fromkeys('ab'), type(defaultdict.fromkeys('a')))
try:
    OrderedDict() | [1]
except TypeError as e:
    print(e)
print(defaultdict(list) | OrderedDict(x=1), OrderedDict(x=1) | defaultdict(list))
