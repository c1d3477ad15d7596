# A loop-heavy program: arithmetic on locals and globals, a call per iteration.
counter = 0


def bump(k):
    global counter
    counter += k % 7


total = 0
for i in range(200000):
    total += i * 2
    if i % 3 == 0:
        bump(i)
print(total, counter)
