def greet(name, greeting="Hello"):
    return greeting + ", " + name + "!"

print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet(greeting="Hey", name="Cy"))
print(greet("Dee", greeting="Yo"))

def describe(a, b, c=3, d=4):
    print(a, b, c, d)

describe(1, 2)
describe(1, 2, 30)
describe(1, 2, d=40)
describe(b=20, a=10)

def no_return():
    x = 1

print(no_return())

def early(n):
    if n > 0:
        return "positive"
    print("fell through")

print(early(1))
print(early(-1))
