import math

print(math.sqrt(16), math.sqrt(2), math.sqrt(0.25))
print(math.floor(2.7), math.ceil(2.1), math.floor(-2.5), math.ceil(-2.5))
print(type(math.floor(2.7)).__name__, type(math.sqrt(4)).__name__)
print(math.isqrt(10 ** 20 + 1), math.isqrt(99), math.isqrt(0))
print(math.pi)
n = 97
print(int(math.floor(math.sqrt(n))), int(math.sqrt(n)))
print(round(math.pi, 4), f"{math.pi:.2f}", math.pi * 2)
radius = 3
print("area", math.pi * radius ** 2)
print("hypotenuse", math.sqrt(3 ** 2 + 4 ** 2))
try:
    math.sqrt(-1)
except ValueError as e:
    print("ValueError:", e)
limit = math.isqrt(50)
print([i for i in range(2, limit + 1)])
print(math.floor(7 / 2) == 7 // 2, math.ceil(7 / 2))
