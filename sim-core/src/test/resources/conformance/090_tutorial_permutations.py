def permutations(items):
    if len(items) <= 1:
        return [items[:]]
    result = []
    for i in range(len(items)):
        first = items[i]
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            result.append([first] + p)
    return result

perms = permutations([1, 2, 3])
print(len(perms))
for p in perms:
    print(p)
print(len(permutations(list("abcde"))))
words = ["".join(p) for p in permutations(list("cat"))]
print(words)

def combinations(items, k):
    if k == 0:
        return [[]]
    if len(items) < k:
        return []
    head, tail = items[0], items[1:]
    return [[head] + c for c in combinations(tail, k - 1)] + combinations(tail, k)

print(combinations([1, 2, 3, 4], 2))
