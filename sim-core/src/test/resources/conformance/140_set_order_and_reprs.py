# Sets of ints iterate in CPython's table order; reprs escape unprintable characters.
s = {3, 1, 2}
for x in s:
    print(x, end=" ")
print()
print(list({10, 5, 1, 33}), [x * 2 for x in {8, 4, 16}])
big = set()
for n in [40, 7, 22, 3, 15]:
    big.add(n)
print(big, sorted(big), len(big))
print(repr('\xa0\u200b\u2028\xad'), repr('tab\there'), repr('\x00\x7f'))
print(9100000000000000000 in {9.1e18}, {1.0: 'a'}[1], {True: 'x'}[1])
