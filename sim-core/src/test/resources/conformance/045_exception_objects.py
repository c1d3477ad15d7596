try:
    raise ValueError("bad value", 42)
except ValueError as e:
    print(str(e))
    print(repr(e))
    print(e.args)
    print(e.args[1])

try:
    raise KeyError("key")
except KeyError as e:
    print(str(e), repr(e), e.args)

try:
    raise Exception()
except Exception as e:
    print("[" + str(e) + "]", repr(e), e.args)

e = RuntimeError("made, not raised")
print(e, repr(e), type(e).__name__)

errors = [ValueError("v"), TypeError("t"), IndexError("i")]
for err in errors:
    try:
        raise err
    except LookupError as x:
        print("LookupError branch:", repr(x))
    except Exception as x:
        print("Exception branch:", repr(x))

print(isinstance(KeyError(), LookupError), isinstance(ZeroDivisionError(), ArithmeticError))
