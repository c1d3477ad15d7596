def f():
    try:
        return "from try"
    finally:
        print("finally before return")

print(f())

def g():
    try:
        return 1
    finally:
        return 2

print(g())

for i in range(3):
    try:
        if i == 1:
            break
        print("body", i)
    finally:
        print("finally", i)

for i in range(3):
    try:
        if i == 1:
            continue
        print("body", i)
    finally:
        print("cleanup", i)

def h():
    try:
        raise ValueError("inner")
    finally:
        print("finally while exception propagates")

try:
    h()
except ValueError as e:
    print("caught", e)

def counter():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                return n
        finally:
            print("loop finally", n)

print(counter())
