import math
for call in [lambda: math.sqrt("x"), lambda: math.floor(None), lambda: math.gcd(1.5, 2),
             lambda: math.factorial(-1), lambda: math.log(0), lambda: math.comb("a", 1),
             lambda: math.sqrt(-1), lambda: math.exp(1000), lambda: math.isqrt(-4), lambda: math.ceil(float("inf"))]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
