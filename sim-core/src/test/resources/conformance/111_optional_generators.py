def countdown(n):
    while n > 0:
        yield n
        n -= 1

for x in countdown(3):
    print(x)
print(list(countdown(5)))

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

result = []
for v in fib():
    if v > 50:
        break
    result.append(v)
print(result)
gen = countdown(2)
print(next(gen), next(gen), next(gen, "done"))
print(sum(countdown(100)))
