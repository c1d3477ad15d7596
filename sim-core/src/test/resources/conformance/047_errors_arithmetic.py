cases = [
    lambda: 1 / 0,
    lambda: 1 // 0,
    lambda: 1 % 0,
    lambda: 1.0 / 0,
    lambda: 1.5 // 0.0,
    lambda: 5 % 0.0,
    lambda: divmod(7, 0),
    lambda: 0 ** -1,
]
for case in cases:
    try:
        case()
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
