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
