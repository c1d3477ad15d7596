def risky(kind):
    if kind == "key":
        return {}["x"]
    if kind == "zero":
        return 1 / 0
    if kind == "value":
        return int("?")
    return "fine"

for kind in ["key", "zero", "value", "ok"]:
    try:
        try:
            print(risky(kind))
        except KeyError:
            print("inner handled KeyError")
        except ZeroDivisionError as e:
            print("inner converting", e)
            raise ValueError("converted") from e
        finally:
            print("inner finally for", kind)
    except ValueError as e:
        print("outer got ValueError:", e)
    else:
        print("outer else for", kind)

try:
    try:
        raise TypeError("first")
    except TypeError:
        raise KeyError("second")
except KeyError as e:
    print("last raised wins:", repr(e), "context:", repr(e.__context__))

try:
    try:
        raise ValueError("a")
    finally:
        print("finally runs before outer handler")
except ValueError as e:
    print("handled", e)
