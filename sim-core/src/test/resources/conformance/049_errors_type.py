def attempt(fn):
    try:
        fn()
    except TypeError as e:
        print("TypeError:", e)

def f(a, b):
    return a + b

attempt(lambda: 1 + "a")
attempt(lambda: "a" + 1)
attempt(lambda: [1] + (2,))
five = 5
nothing = None
attempt(lambda: five[0])
attempt(lambda: nothing())
attempt(lambda: f(1))
attempt(lambda: f(1, 2, 3))
attempt(lambda: f(1, 2, z=3))
attempt(lambda: 1 < "a")
attempt(lambda: "a" >= 2.5)
attempt(lambda: {[1]: 2})
attempt(lambda: len(5))
attempt(lambda: [x for x in 5])
attempt(lambda: "abc" * 2.0)
attempt(lambda: -"a")
attempt(lambda: f())
attempt(lambda: sum(["a", "b"]))
attempt(lambda: int([1]))
