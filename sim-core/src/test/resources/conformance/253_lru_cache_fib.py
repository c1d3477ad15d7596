# The tutorials' memoized Fibonacci: lru_cache turns an exponential recursion into a linear one.
from functools import lru_cache
import functools

calls = 0

def slow_fib(n):
    global calls
    calls += 1
    return n if n < 2 else slow_fib(n - 1) + slow_fib(n - 2)

print(slow_fib(15), calls)

@lru_cache(maxsize=None)
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

print([fib(n) for n in range(16)])
print(fib.cache_info())
print(fib(100))
print(fib.cache_info())

@functools.lru_cache(maxsize=3)
def square(n):
    print("  computing", n)
    return n * n

for n in [1, 2, 3, 1, 4, 2, 1]:
    print(n, square(n))
print(square.cache_info())
square.cache_clear()
print(square.cache_info(), square.__name__, square.__wrapped__(7))

@lru_cache(maxsize=0)
def never(n):
    return n
never(1)
never(1)
print(never.cache_info())
