# A generator made by a call written inside the for statement's own zip, map, enumerate or filter call, or as the
# source of a generator expression written there, is closed when the loop is left early, as in CPython, where the
# loop's object held the only reference: a zip or map closes its iterables from the last to the first.
def gen(name):
    try:
        yield 1
        yield 2
    finally:
        print("  close", name)


print("zip:")
for a, b in zip(gen("z1"), gen("z2")):
    break
print("map:")
for a in map(lambda x, y: x + y, gen("m1"), gen("m2")):
    break
print("filter:")
for a in filter(None, gen("f")):
    break
print("enumerate:")
for i, a in enumerate(gen("e"), 1):
    break
print("generator expression:")
for a in (x * 2 for x in gen("genexp")):
    break
print("zip with a list:")
for a, b in zip(gen("zl"), [1, 2]):
    break
print("enumerate of a generator expression:")
for a in enumerate(x for x in gen("nested")):
    break


def search(wanted):
    for number, value in enumerate(gen("search")):
        if value == wanted:
            return number


print("return:", search(1))
print("exception:")
try:
    for a, b in zip(gen("x1"), gen("x2")):
        raise KeyError("k")
except KeyError:
    print("handled")
print("exhausted:")
for a, b in zip(gen("short"), [1]):
    pass
print("after the exhausted zip")
print("kept elsewhere:")
g = gen("named")
for i, a in enumerate(g):
    break
print("  not closed by the loop")
g.close()
lst = [gen("listed")]
for a in map(str, lst[0]):
    break
print("  not closed by the loop")
lst[0].close()
print("end")
