def level3(x):
    print("level3 start")
    return 10 // x

def level2(x):
    print("level2 start")
    result = level3(x)
    print("level2 end")
    return result

def level1(x):
    try:
        return level2(x)
    finally:
        print("level1 finally")

print(level1(2))
try:
    level1(0)
except ZeroDivisionError as e:
    print("main caught:", e)

def parse_all(items):
    out = []
    for item in items:
        try:
            out.append(int(item))
        except ValueError:
            out.append(None)
    return out

print(parse_all(["1", "x", "3", "4.5", " 7 "]))
