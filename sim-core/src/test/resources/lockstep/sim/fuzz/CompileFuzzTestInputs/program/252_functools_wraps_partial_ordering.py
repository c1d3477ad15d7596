import functools
import time
from functools import wraps, partial, reduce, lru_cache, total_ordering, cmp_to_key, cache

def timer(func):
    @wraps(func)
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        result = func(*args, **kwargs)
        elapsed = time.perf_counter() - start
        print(f"{func.__name__} took {elapsed >= 0}")
        return result
    return wrapper

@timer
def slow_add(a, b):
    """Adds two numbers."""
    time.sleep(0.1)
    return a + b

print(slow_add(2, 3))
print(slow_add.__name__, slow_add.__doc__, slow_add.__qualname__, slow_add.__wrapped__.__name__)

def power(base, exp):
    return base ** exp

square = partial(power, exp=2)
cube = functools.partial(power, exp=3)
print(square(5), cube(2), square.func is power, square.args, square.keywords)
p2 = partial(partial(power, 2), exp=10)
print(p2(), p2.args, p2.keywords)
print(reduce(lambda a, b: a + b, [1, 2, 3, 4]))
print(reduce(lambda a, b: a * b, range(1, 6), 10))
try:
    reduce(lambda a, b: a + b, [])
except TypeError as e:
    print(e)

@lru_cache(maxsize=None)
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

print(fib(30))
print(fib.cache_info())
fib.cache_clear()
print(fib.cache_info())

@lru_cache(maxsize=2)
def sq(n):
    print("computing", n)
    return n * n

for n in [1, 2, 1, 3, 2, 1]:
    sq(n)
print(sq.cache_info())
info = sq.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize)

@lru_cache
def ident(x):
    return x
ident(1); ident(1)
print(ident.cache_info())

@cache
def fact(n):
    return n * fact(n - 1) if n else 1
print(fact(10), fact.cache_info())

@total_ordering
class Version:
    def __init__(self, major, minor):
        self.major = major
        self.minor = minor
    def __eq__(self, other):
        return (self.major, self.minor) == (other.major, other.minor)
    def __lt__(self, other):
        return (self.major, self.minor) < (other.major, other.minor)
    def __repr__(self):
        return f"Version({self.major}, {self.minor})"

a, b = Version(1, 2), Version(1, 3)
print(a < b, a > b, a <= b, a >= b, a == b, a != b)
print(sorted([Version(2, 0), Version(1, 5), Version(1, 2)]))
print(max(Version(2, 0), Version(3, 1)))

def compare(x, y):
    return len(x) - len(y)

print(sorted(["ccc", "a", "bb"], key=cmp_to_key(compare)))
print(sorted([3, 1, 2], key=cmp_to_key(lambda x, y: y - x)))
print(partial(print, "x", sep="-"))
print(repr(partial(max, 1, 2)).startswith("functools.partial(<built-in function max>"))
shout = partial(print, sep="! ", end="!\n")
shout("hello", "world")
