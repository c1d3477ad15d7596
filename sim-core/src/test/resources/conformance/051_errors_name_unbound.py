try:
    print(y)
except NameError as e:
    print("NameError:", e)

x = 10

def broken():
    print(x)
    x = 5

try:
    broken()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)

def uses_later():
    return later_defined * 2

later_defined = 21
print(uses_later())

def conditional(flag):
    if flag:
        value = "set"
    return value

print(conditional(True))
try:
    conditional(False)
except UnboundLocalError as e:
    print(e)

try:
    undefined_func()
except NameError as e:
    print(e)
