class TransientError(Exception):
    pass

inputs = ["10", "0", "abc", "5", None, "-2"]
results = []
errors = {}
for raw in inputs:
    try:
        value = 100 // int(raw)
    except ZeroDivisionError as e:
        errors["zero"] = str(e)
        continue
    except (ValueError, TypeError) as e:
        errors.setdefault(type(e).__name__, []).append(repr(raw))
        continue
    finally:
        print("processed", repr(raw))
    results.append(value)
print(results)
print(errors)

attempts = 0
while True:
    attempts += 1
    try:
        if attempts < 3:
            raise TransientError(f"attempt {attempts} failed")
        print("connected after", attempts)
        break
    except TransientError as e:
        print("retrying:", e)
