import math

def is_prime(n):
    if n < 2:
        return False
    if n % 2 == 0:
        return n == 2
    limit = int(math.floor(math.sqrt(n)))
    d = 3
    while d <= limit:
        if n % d == 0:
            return False
        d += 2
    return True

count = 0
last = 0
for n in range(2, 12000):
    if is_prime(n):
        count += 1
        last = n
print("primes below 12000:", count)
print("largest:", last)
print([n for n in range(50) if is_prime(n)])
print(is_prime(7919), is_prime(7917), is_prime(1), is_prime(2))
