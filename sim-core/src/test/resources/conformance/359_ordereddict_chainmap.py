# OrderedDict (move_to_end, popitem(last=), order-sensitive equality) and ChainMap.
from collections import OrderedDict, ChainMap

od = OrderedDict()
od['b'] = 2
od['a'] = 1
od['c'] = 3
print(od, list(od), od['a'])
od.move_to_end('b')
print(od)
od.move_to_end('c', last=False)
print(od)
print(od.popitem(), od.popitem(last=False), od)
print(OrderedDict(), OrderedDict([('x', 1)]), OrderedDict(y=2), type(od), isinstance(od, dict))
first = OrderedDict([(1, 'a'), (2, 'b')])
second = OrderedDict([(2, 'b'), (1, 'a')])
print(first == second, first == dict(second), dict(first) == dict(second))


class LRU:
    def __init__(self, size):
        self.size = size
        self.data = OrderedDict()

    def get(self, key):
        if key not in self.data:
            return None
        self.data.move_to_end(key)
        return self.data[key]

    def put(self, key, value):
        self.data[key] = value
        self.data.move_to_end(key)
        if len(self.data) > self.size:
            print('evict', self.data.popitem(last=False))


cache = LRU(2)
cache.put('a', 1)
cache.put('b', 2)
cache.get('a')
cache.put('c', 3)
print(cache.data)
try:
    od.move_to_end('zz')
except KeyError as e:
    print('KeyError', e)
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError', e)
defaults = {'color': 'red', 'user': 'guest'}
given = {'user': 'ann'}
settings = ChainMap(given, defaults)
print(settings['user'], settings['color'], len(settings), sorted(settings), 'color' in settings)
print(settings)
settings['color'] = 'blue'
print(given, defaults, settings.get('size', 'M'))
child = settings.new_child()
child['x'] = 1
print(child.maps[0], child['user'], child.parents)
