# The operator module: operators as functions, itemgetter, attrgetter and methodcaller with their reprs.
import operator
from operator import itemgetter, attrgetter, methodcaller

print(operator.add(2, 3), operator.sub(2, 3), operator.mul('ab', 2), operator.truediv(7, 2), operator.floordiv(7, 2))
print(operator.mod(7, 3), operator.pow(2, 8), operator.neg(4), operator.pos(-4), operator.abs(-3), operator.invert(5))
print(operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10), operator.lshift(1, 4), operator.rshift(32, 2))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq('a', 'a'), operator.ne(1, 1), operator.gt(1, 2), operator.ge(3, 2))
print(operator.not_([]), operator.truth('x'), operator.is_(None, None), operator.is_not(1, None))
print(operator.concat([1], [2]), operator.contains('team', 'ea'), operator.countOf([1, 2, 1], 1), operator.index(7))
data = {'k': 1}
operator.setitem(data, 'j', 2)
operator.delitem(data, 'k')
print(data, operator.getitem(data, 'j'), operator.getitem('abc', slice(1, None)))
acc = [1]
print(operator.iadd(acc, [2]), acc, operator.iadd(1, 2))
total = 0
for n in range(1, 5):
    total = operator.add(total, n)
print(total)

rows = [('ann', 31, 'eng'), ('bob', 25, 'ops'), ('cid', 31, 'art')]
print(sorted(rows, key=itemgetter(1)))
print(sorted(rows, key=itemgetter(1, 0)))
print(list(map(itemgetter(0), rows)), itemgetter(2)('xyz'), itemgetter('a', 'b')({'a': 1, 'b': 2}))
g = itemgetter(1)
print(g, itemgetter(1, 'x'), attrgetter('name'), attrgetter('a.b', 'c'), methodcaller('split', ',', maxsplit=1))


class Person:
    def __init__(self, name, age):
        self.name = name
        self.age = age
        self.me = self

    def greet(self, other, punctuation='!'):
        return self.name + ' greets ' + other + punctuation


people = [Person('zed', 40), Person('amy', 22)]
print([p.name for p in sorted(people, key=attrgetter('age'))])
print(attrgetter('me.me.name')(people[0]), attrgetter('name', 'age')(people[1]))
print(methodcaller('greet', 'you')(people[0]), methodcaller('greet', 'all', punctuation='?')(people[1]))
print(methodcaller('upper')('shout'), methodcaller('split', ',', maxsplit=1)('a,b,c'))
print(type(g), callable(g))
for label, action in [('getter args', lambda: itemgetter()), ('attr name', lambda: attrgetter(1)),
                      ('missing attr', lambda: attrgetter('nope')(people[0])),
                      ('index', lambda: itemgetter(5)([1])), ('method name', lambda: methodcaller(3)),
                      ('add types', lambda: operator.add(1, 'a'))]:
    try:
        action()
    except (TypeError, AttributeError, IndexError) as e:
        print(label, type(e).__name__ + ':', e)
bits = 12
print(operator.iand(bits, 10), operator.ior(bits, 1), operator.ixor(bits, 4), operator.ipow(2, 5), operator.ilshift(1, 3))
print(operator.iconcat([1], (2,)), operator.indexOf('abc', 'c'), operator.length_hint([1, 2]), operator.inv(0))
print(operator.call(max, 3, 9), operator.__add__(1, 2), operator.__not__(1), operator.__getitem__('ab', 0))
try:
    operator.indexOf([1], 2)
except ValueError as e:
    print('ValueError:', e)
