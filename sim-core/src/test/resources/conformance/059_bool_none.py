print(True + 1, True * 5, False - 1)
print(isinstance(True, int), isinstance(True, bool), type(False).__name__)
print(True == 1, False == 0.0, True != 2)
print(sum([True, True, False, True]))
print(str(True), repr(False), str(None), repr(None))
print(bool("False"), bool(0.0), bool(" "))
x = None
print(x is None, x == None, x is not None)
def nothing():
    pass
print(nothing() is None)
print([None, True, False])
print({"k": None})
print(True and "yes", False or "no")
flags = [n > 2 for n in range(5)]
print(flags, flags.count(True))
print(max(True, False), min(True, 2))
print(1 if None else 0)
print(True > False, True < 2)
