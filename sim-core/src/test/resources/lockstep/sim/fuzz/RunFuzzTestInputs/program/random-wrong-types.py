import random
for call in [lambda: random.randint("a", 3), lambda: random.choice(5), lambda: random.sample(5, 2),
             lambda: random.uniform("a", 1), lambda: random.shuffle(5), lambda: random.randrange("x"),
             lambda: random.seed([1]), lambda: random.choices(5), lambda: random.gauss("a"),
             lambda: random.randrange(0), lambda: random.getrandbits(-1), lambda: random.sample([1], 5)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)
