x = 5
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)

nums = [10, 20, 30, 40, 50]
del nums[1]
print(nums)
del nums[-1]
print(nums)

d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zzz"]
except KeyError as e:
    print("KeyError", e)

class P:
    pass

p = P()
p.v = 1
p.w = 2
del p.v
try:
    print(p.v)
except AttributeError as e:
    print("AttributeError:", e)
print(p.w)
a, b = 1, 2
del a, b
print("deleted both")
