i = 0
while i < 5:
    print(i, end=" ")
    i += 1
print()

n = 0
while True:
    n += 1
    if n == 3:
        continue
    if n > 6:
        break
    print("n =", n)

count = 3
while count > 0:
    count -= 1
else:
    print("while-else ran, count =", count)

k = 0
while k < 10:
    if k == 4:
        print("breaking at", k)
        break
    k += 1
else:
    print("not printed")

a, b = 0, 1
while b < 100:
    a, b = b, a + b
print(a, b)
