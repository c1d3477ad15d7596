def f():
    k = 3
    class C:
        v = k + 1
    return C.v
print(f())
