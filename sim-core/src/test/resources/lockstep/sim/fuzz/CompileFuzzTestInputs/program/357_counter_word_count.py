# A word count with collections.Counter, and Counter's arithmetic, as CPython 3.11 prints them.
from collections import Counter

text = """the quick brown fox jumps over the lazy dog the fox
and the dog sleep while the quick fox runs"""
words = Counter(text.split())
print(words.most_common(3))
print(words['the'], words['cat'], 'cat' in words, len(words))
for word, n in words.most_common(5):
    print(f'{word:>6} {n}')
letters = Counter('abracadabra')
print(letters)
print(sorted(letters.elements()), letters.total())
print(Counter(), Counter({'x': 2, 'y': -1}), Counter(a=3, b=1))
a = Counter(a=3, b=1)
b = Counter(a=1, b=2, c=4)
print(a + b, a - b, a | b, a & b)
a.update(['a', 'z'])
a.update({'b': 5})
print(a)
a.subtract(b)
print(a)
a += Counter(q=1)
print(a)
print(Counter('aab') == Counter('aba'), Counter(a=1) == Counter(a=1, b=0), Counter(a=1) == {'a': 1})
print(type(letters), isinstance(letters, dict), dict(letters) == {'a': 5, 'b': 2, 'r': 2, 'c': 1, 'd': 1})
c = letters.copy()
c['a'] = 0
print(c, letters['a'], letters.most_common(0), letters.most_common()[-1])
lines = ['ERROR disk', 'INFO ok', 'ERROR net', 'WARN cpu', 'INFO ok']
levels = Counter(line.split()[0] for line in lines)
print(levels, levels.most_common(1)[0][0])
try:
    Counter('a') + 1
except TypeError as e:
    print('TypeError:', e)
mixed = Counter(a=2, b=-1, c=0)
print(+mixed, -mixed)
try:
    Counter.fromkeys('ab')
except NotImplementedError as e:
    print('NotImplementedError:', e)
