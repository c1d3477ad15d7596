import concurrent.futures
import math
import time

PRIMES = [
    112272535095293,
    112582705942171,
    112272535095293,
    115280095190773,
    115797848077099,
    1099726899285419]


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
    start = time.perf_counter()
    with concurrent.futures.ProcessPoolExecutor(3) as executor:
        for number, prime in zip(PRIMES, executor.map(is_prime, PRIMES)):
            print('%d is prime: %s' % (number, prime))
    print("multi process pool used:{}".format(time.perf_counter() - start))

    start = time.perf_counter()
    with concurrent.futures.ThreadPoolExecutor(3) as executor:
        for number, prime in zip(PRIMES, executor.map(is_prime, PRIMES)):
            print('%d is prime: %s' % (number, prime))
    print("multi thread pool used:{}".format(time.perf_counter() - start))

    # 异步执行
    start = time.perf_counter()
    with concurrent.futures.ThreadPoolExecutor(3) as executor:
        results = {}
        for number in PRIMES:
            prime = executor.submit(is_prime, number)
            results[number] = prime

        for number, prime in results.items():
            print('%d is prime: %s' % (number, prime.result()))
    print("multi thread pool used:{}".format(time.perf_counter() - start))
