# groupby, accumulate, chain, starmap, takewhile/dropwhile, filterfalse, compress, zip_longest, tee, pairwise.
import itertools
import operator
from itertools import groupby, accumulate, chain

for key, group in groupby('AAAABBBCCDAABBB'):
    print(key, ''.join(group))
print([k for k, g in groupby('AAAABBBCCD')])
records = [('fruit', 'apple'), ('fruit', 'pear'), ('veg', 'leek'), ('fruit', 'fig')]
for kind, items in groupby(records, key=operator.itemgetter(0)):
    print(kind, [name for _, name in items])
words = sorted(['bee', 'ant', 'cat', 'ape', 'bat'])
print({letter: list(ws) for letter, ws in groupby(words, key=lambda w: w[0])})

# A group ends when groupby moves on.
groups = groupby('aabbc')
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2))
g = groupby([1, 1, 2])
_, first = next(g)
print(next(first), [k for k, _ in g])

print(list(accumulate([1, 2, 3, 4, 5])))
print(list(accumulate([3, 1, 4, 1, 5], max)))
print(list(accumulate([1, 2, 3], operator.mul, initial=100)), list(accumulate([], initial=0)))
print(list(accumulate(['a', 'b', 'c'])))
print(list(chain('ab', [1], (2, 3))), list(chain.from_iterable(['xy', 'z'])))
print(list(itertools.starmap(operator.add, [(1, 2), (3, 4)])))
print(list(itertools.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(itertools.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(itertools.filterfalse(lambda x: x % 2, range(10))), list(itertools.filterfalse(None, [0, 1, '', 'a'])))
print(list(itertools.compress('ABCDEF', [1, 0, 1, 0, 1, 1])))
print(list(itertools.zip_longest('ABCD', 'xy', fillvalue='-')), list(itertools.zip_longest([1], [2, 3])))
print(list(itertools.zip_longest()))
a, b, c = itertools.tee(range(4), 3)
print(next(a), next(a), list(b), list(a), list(c))
print(itertools.tee([1], 0), len(itertools.tee('ab')))
print(list(itertools.pairwise([1, 2, 4, 7])), list(itertools.pairwise('a')))
deltas = [b - a for a, b in itertools.pairwise([1, 4, 9, 16])]
print(deltas)
print(type(groupby('')), type(accumulate([])), type(itertools.tee([])[0]))
