def sieve(limit):
    is_p = [True] * (limit + 1)
    is_p[0] = is_p[1] = False
    for i in range(2, int(limit ** 0.5) + 1):
        if is_p[i]:
            for j in range(i * i, limit + 1, i):
                is_p[j] = False
    return [i for i, p in enumerate(is_p) if p]

primes = sieve(50000)
print(len(primes), primes[:10], primes[-3:])
twins = [(p, p + 2) for p, q in zip(primes, primes[1:]) if q == p + 2]
print(len(twins), twins[:5])
