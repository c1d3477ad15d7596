# product, permutations, combinations and combinations_with_replacement, in CPython's lexicographic order.
from itertools import product, permutations, combinations, combinations_with_replacement

print(list(product('AB', 'xy')))
print(list(product(range(2), repeat=3)))
print(list(product('ab', [1, 2], repeat=2))[:5], len(list(product('ab', [1, 2], repeat=2))))
print(list(product()), list(product('ab', [])))
print(list(permutations('ABC')))
print(list(permutations(range(4), 2)))
print(list(permutations([1, 2], 3)), list(permutations([], 0)))
print(list(combinations('ABCD', 2)))
print(list(combinations(range(5), 3)))
print(list(combinations('AB', 3)), list(combinations('AB', 0)))
print(list(combinations_with_replacement('ABC', 2)))
print(list(combinations_with_replacement([], 2)), list(combinations_with_replacement([], 0)))
print(sum(1 for _ in permutations(range(6))), sum(1 for _ in combinations(range(10), 4)))

# A brute-force search, as tutorials write one.
coins = [1, 2, 5]
ways = [c for c in combinations_with_replacement(coins, 3) if sum(c) == 8]
print(ways)
words = {''.join(p) for p in permutations('tea')}
print(sorted(words))
grid = [(x, y) for x, y in product(range(3), range(3)) if x != y]
print(grid)
p = permutations('ab')
print(next(p), next(p))
try:
    next(p)
except StopIteration:
    print('exhausted')
try:
    combinations('abc', -1)
except ValueError as e:
    print('ValueError:', e)
try:
    product('ab', repeat=-1)
except ValueError as e:
    print('ValueError:', e)
