# An uncaught exception group ends the program; CPython prints the group and its members in boxes.
def check(values):
    problems = []
    for v in values:
        if v < 0:
            problems.append(ValueError(f"negative: {v}"))
        elif v > 100:
            problems.append(OverflowError(f"too big: {v}"))
    if problems:
        raise ExceptionGroup("invalid values", problems)
    return "ok"


print(check([1, 2, 3]))
try:
    check([-1, 500])
except* OverflowError as eg:
    print("overflow handled:", [str(e) for e in eg.exceptions])
