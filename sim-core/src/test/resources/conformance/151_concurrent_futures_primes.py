import concurrent.futures
import math
import time

PRIMES = [112272535095293, 112582705942171, 112272535095293, 115280095190773, 115797848077099, 1099726899285419]
SMALL = [97, 7919, 1000003, 91, 1000000007, 999999937]

def is_prime(n):
    if n < 2:
        return False
    if n == 2:
        return True
    if n % 2 == 0:
        return False
    sqrt_n = int(math.floor(math.sqrt(n)))
    for i in range(3, sqrt_n + 1, 2):
        if n % i == 0:
            return False
    return True

if __name__ == '__main__':
    with concurrent.futures.ProcessPoolExecutor(3) as executor:
        for number, prime in zip(SMALL, executor.map(is_prime, SMALL)):
            print('%d is prime: %s' % (number, prime))
    with concurrent.futures.ThreadPoolExecutor(3) as executor:
        for number, prime in zip(SMALL, executor.map(is_prime, SMALL)):
            print('%d is prime: %s' % (number, prime))
    with concurrent.futures.ThreadPoolExecutor(3) as executor:
        results = {}
        for number in SMALL:
            results[number] = executor.submit(is_prime, number)
        for number, prime in results.items():
            print('%d is prime: %s' % (number, prime.result()))
    with concurrent.futures.ThreadPoolExecutor(2) as ex:
        f = ex.submit(lambda: 1 / 0)
        print(type(f.exception()).__name__, f.done())
