# The walrus operator as tutorials use it: in if, while, comprehensions (binding in the enclosing scope), calls.
import random
random.seed(3)
data = [random.randint(0, 20) for _ in range(12)]
print(data)
if (n := len(data)) > 10:
    print(f"List is too long ({n} elements, expected <= 10)")

chunks = iter([[1, 2], [3], [], [4]])
while chunk := next(chunks):
    print("chunk", chunk)

def f(x):
    return x * x - 10

values = [y for x in range(6) if (y := f(x)) > 0]
print(values, y)

def total_of(items):
    total = 0
    partial_sums = [total := total + v for v in items]
    return partial_sums, total

print(total_of([1, 2, 3, 4]))

def first_long(words):
    for w in words:
        if (size := len(w)) > 5:
            return w, size
    return None, size

print(first_long(["apple", "banana", "cherry"]), first_long(["x"]))
print([[(z := a * b) for b in range(3)] for a in range(2)], z)
print(x := 5, x)
a = [10, 20, 30]
print(a[i := 1], i)
print(f"{(w := 7)} {w}")
found = {k: (v := k * 2) for k in range(3)}
print(found, v)
count = 0
def counter():
    global count
    [count := count + 1 for _ in range(3)]
counter()
print(count)
def outer():
    def inner():
        return [q := 1 for _ in range(2)], q
    return inner()
print(outer())
print([y := f(4), y ** 2])
