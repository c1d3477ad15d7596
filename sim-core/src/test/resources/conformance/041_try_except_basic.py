def safe_div(a, b):
    try:
        result = a / b
    except ZeroDivisionError:
        print("cannot divide", a, "by zero")
        return None
    else:
        print("division ok")
        return result
    finally:
        print("finally for", a, b)

print(safe_div(10, 2))
print(safe_div(1, 0))

try:
    int("abc")
except ValueError as e:
    print("ValueError:", e)

try:
    [][0]
except (KeyError, IndexError) as e:
    print("lookup failed:", type(e).__name__, e)

try:
    undefined_name
except:
    print("bare except caught something")

try:
    x = 1
except Exception:
    print("never")
else:
    print("else runs when no exception")
finally:
    print("finally always runs")
