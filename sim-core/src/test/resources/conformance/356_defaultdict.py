# collections.defaultdict: the factory makes missing values; it is a dict in everything else.
from collections import defaultdict

groups = defaultdict(list)
for word in ['apple', 'avocado', 'banana', 'blueberry', 'cherry']:
    groups[word[0]].append(word)
print(groups)
print(groups['a'], groups['z'], len(groups), 'q' in groups, groups.get('y'))
print(dict(groups), isinstance(groups, dict), type(groups))
counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(counts, sorted(counts.items(), key=lambda kv: -kv[1]))
nested = defaultdict(lambda: defaultdict(int))
nested['x']['y'] += 2
print(nested['x']['y'], dict(nested['x']))
sets = defaultdict(set)
sets['a'].add(1)
sets['a'].add(1)
print(sets, sets.default_factory)
plain = defaultdict()
print(plain, plain.default_factory)
try:
    plain['missing']
except KeyError as e:
    print('KeyError', e)
made = defaultdict(list, {'k': [1]}, extra=[2])
print(made, made.copy(), made.copy() is made, type(made.copy()))
try:
    defaultdict(5)
except TypeError as e:
    print('TypeError:', e)
for key, value in groups.items():
    print(key, value)
del groups['z']
print(list(groups), groups.pop('c'), groups == {'a': ['apple', 'avocado'], 'b': ['banana', 'blueberry']})
print(defaultdict(int, a=1) == {'a': 1}, counts.setdefault('m', 9), counts['m'])
