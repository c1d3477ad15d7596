def total(*args):
    print(type(args).__name__, args)
    return sum(args)

print(total())
print(total(1, 2, 3))
nums = [4, 5, 6]
print(total(*nums))

def show(**kwargs):
    for key, value in kwargs.items():
        print(key, "=", value)
    return len(kwargs)

print(show(a=1, b="two"))
opts = {"x": 10, "y": 20}
print(show(**opts))

def mixed(first, *rest, sep="/", **extra):
    print(first, rest, sep, extra)

mixed(1)
mixed(1, 2, 3)
mixed(1, 2, sep="-", color="red")
mixed(*[9, 8], **{"sep": "+", "z": 0})
