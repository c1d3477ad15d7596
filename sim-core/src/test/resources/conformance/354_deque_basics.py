# collections.deque: both ends, maxlen, rotation, search, indexing and CPython's messages.
from collections import deque

d = deque([1, 2, 3])
d.append(4)
d.appendleft(0)
print(d, len(d), d[0], d[-1], 3 in d, 9 in d)
print(d.pop(), d.popleft(), d)
d.extend([7, 8])
d.extendleft('ab')
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.reverse()
print(d, d.count(7), d.index(7), d.index(2, 1))
d.remove('a')
d.insert(1, 'z')
d[0] = 'first'
del d[-1]
print(d, list(reversed(d)), d.copy())
last3 = deque(maxlen=3)
for i in range(6):
    last3.append(i)
    print(list(last3), end=' ')
print()
print(last3, last3.maxlen, deque('ab').maxlen)
last3.appendleft(-1)
print(last3)
last3.extendleft([10, 11])
print(last3)
print(deque(), deque([], maxlen=0), deque(range(3), 5), deque([[1], 'x']))
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) == [1, 2], bool(deque()), bool(deque([0])))
print(deque([1]) + deque([2, 3]))
e = deque([1])
e += [2, 3]
print(e, type(e), isinstance(e, deque))
history = deque(maxlen=2)
for line in ['one', 'two', 'three']:
    history.append(line)
print(list(history))
for label, action in [('pop', lambda: deque().pop()), ('popleft', lambda: deque().popleft()),
                      ('index', lambda: deque([1]).index(5)), ('remove', lambda: deque([1]).remove(5)),
                      ('getitem', lambda: deque([1])[3]), ('maxlen', lambda: deque([], -1)),
                      ('full insert', lambda: deque([1], 1).insert(0, 2)),
                      ('mutate', lambda: [d.append(x) for x in d])]:
    try:
        action()
    except (IndexError, ValueError, RuntimeError) as exc:
        print(label, type(exc).__name__ + ':', exc)
d.clear()
print(d)
print(deque([1, 2]) < deque([1, 3]), deque('ab') >= deque('ab'), deque('ab') * 2, 2 * deque([0]), deque([1], 2) * 3)
m = deque([1, 2])
m *= 2
print(m)


class Stack(deque):
    def push(self, item):
        self.append(item)


s = Stack([1], maxlen=3)
for item in 'abc':
    s.push(item)
print(s, type(s), isinstance(s, deque), s.maxlen, s.pop())
