class Base(Exception):
    pass

class Child(Base):
    pass

for exc in [Child("c"), Base("b"), ValueError("v")]:
    try:
        raise exc
    except Child as e:
        print("Child handler:", e)
    except Base as e:
        print("Base handler:", e)
    except Exception as e:
        print("generic handler:", type(e).__name__, e)

def classify(value):
    try:
        return 100 / int(value)
    except ValueError:
        return "not a number"
    except ZeroDivisionError:
        return "zero"
    except TypeError as e:
        return f"wrong type ({e})"

for v in ["4", "x", "0", None, 8]:
    print(repr(v), "->", classify(v))
