def average(values):
    assert len(values) > 0, "values must not be empty"
    return sum(values) / len(values)

print(average([1, 2, 3]))
try:
    average([])
except AssertionError as e:
    print("AssertionError:", e)

try:
    assert 1 + 1 == 3
except AssertionError as e:
    print("no message:", repr(e), "[" + str(e) + "]")

x = 5
assert x == 5
assert isinstance(x, int), f"x is {type(x).__name__}"
try:
    assert x > 10, f"x too small: {x}"
except AssertionError as e:
    print(e)
print("done")
