def make_counter():
    count = 0
    def increment():
        nonlocal count
        count += 1
        return count
    return increment

c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1())
print(c2())

def make_multiplier(factor):
    def multiply(x):
        return x * factor
    return multiply

double = make_multiplier(2)
triple = make_multiplier(3)
print(double(5), triple(5))

def make_accumulator():
    items = []
    def add(x):
        items.append(x)
        return list(items)
    return add

acc = make_accumulator()
acc("a")
print(acc("b"))

adders = []
for i in range(3):
    adders.append(lambda x, i=i: x + i)
print([f(10) for f in adders])

late = [lambda: i for i in range(3)]
print([f() for f in late])
