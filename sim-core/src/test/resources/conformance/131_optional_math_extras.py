import math

print(math.e, math.inf, -math.inf, math.inf > 1e308)
print(math.gcd(12, 18), math.gcd(0, 5), math.factorial(10), math.factorial(25))
print(math.pow(2, 10), math.fabs(-3), math.hypot(3, 4), math.trunc(-3.7))
print(math.log(math.e), math.log10(1000), math.log2(1024), math.exp(0))
print(math.isclose(0.1 + 0.2, 0.3), math.isfinite(1.0), math.isinf(math.inf))
print(round(math.sin(math.pi / 2), 10), round(math.cos(0), 10))
print(math.prod([1, 2, 3, 4]))
print(math.comb(5, 2), math.perm(5, 2))
