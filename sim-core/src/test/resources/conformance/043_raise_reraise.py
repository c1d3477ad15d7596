def check_age(age):
    if age < 0:
        raise ValueError("age cannot be negative")
    if not isinstance(age, int):
        raise TypeError("age must be an int")
    return age

for value in [5, -1, 2.5]:
    try:
        print("ok", check_age(value))
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)

def process():
    try:
        {}["missing"]
    except KeyError:
        print("logging and re-raising")
        raise

try:
    process()
except KeyError as e:
    print("outer caught", repr(e))

try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print(e, "| cause:", repr(e.__cause__))

try:
    raise ValueError
except ValueError as e:
    print("bare class raised:", repr(e), e.args)
