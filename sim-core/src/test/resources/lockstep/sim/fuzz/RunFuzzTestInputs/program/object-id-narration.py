def f():
    pass
o = object()
print(id(o) - id(f) != 0)
