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
