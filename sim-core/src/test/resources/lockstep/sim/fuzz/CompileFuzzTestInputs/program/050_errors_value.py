def attempt(fn):
    try:
        fn()
    except ValueError as e:
        print("ValueError:", e)

attempt(lambda: int("abc"))
attempt(lambda: int("12.5"))
attempt(lambda: int(""))
attempt(lambda: float("x"))
attempt(lambda: [1, 2, 3].remove(7))
attempt(lambda: max([]))
attempt(lambda: min([]))
attempt(lambda: int("z", 16))

def unpack_two(seq):
    a, b = seq
    return a, b

def unpack_three(seq):
    a, b, c = seq
    return a, b, c

attempt(lambda: unpack_two([1, 2, 3]))
attempt(lambda: unpack_three([1, 2]))
attempt(lambda: unpack_two("x"))
print(unpack_two("xy"))
attempt(lambda: [1, 2].index(3))
attempt(lambda: "a,b".split(""))
attempt(lambda: range(1, 5, 0))
