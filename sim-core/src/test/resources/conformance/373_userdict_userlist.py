# collections.UserDict and UserList: a dict or list kept in self.data, for classes to extend.
from collections import UserDict, UserList


class LowerDict(UserDict):
    def __setitem__(self, key, value):
        self.data[key.lower()] = value

    def __missing__(self, key):
        return 'none for ' + key


d = LowerDict({'A': 1}, B=2)
d['C'] = 3
print(d, len(d), d['a'], d['zz'], 'b' in d, list(d), d.get('q', 0), d == {'a': 1, 'b': 2, 'c': 3})
d.update([('D', 4)])
print(sorted(d.items()), d.pop('a'), d.setdefault('e', 5), d.copy(), type(d.copy()).__name__)
plain = UserDict(x=1)
print(plain, plain.data, isinstance(plain, UserDict), plain | {'y': 2})
try:
    plain['missing']
except KeyError as e:
    print('KeyError', e)


class Stack(UserList):
    def push(self, item):
        self.append(item)

    def peek(self):
        return self[-1]


s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), s[0:2], type(s[0:2]).__name__, s == [1, 2, 3], 2 in s, s.pop(), s)
s += [7, 5]
s.sort()
print(s, s + [0], s * 2, s.index(5), s.count(1), list(reversed(s)), sorted(UserList([3, 1, 2])))
