counter = 0

def bump():
    global counter
    counter += 1
    return counter

bump(); bump()
print(counter)

def read_only():
    return counter * 10

print(read_only())

def make_global():
    global created
    created = "I exist"

make_global()
print(created)

def outer():
    x = "outer"
    def inner():
        nonlocal x
        x = "changed by inner"
    inner()
    return x

print(outer())

def shadow():
    counter = 100
    return counter

print(shadow(), counter)
