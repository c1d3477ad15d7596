# OrderedDict's views name themselves odict_keys, ...; deleting a missing count from a Counter is no error.
from collections import OrderedDict, Counter
od = OrderedDict(a=1, b=2)
print(od.keys(), od.values(), od.items(), list(od.items()), 'a' in od.keys(), type(od.keys()))
for k, v in od.items():
    print(k, v)
c = Counter(a=1)
del c['zz']
del c['a']
print(c, len(od.keys()))
