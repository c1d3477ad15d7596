def append_to(item, target=[]):
    target.append(item)
    return target

print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))

def append_safe(item, target=None):
    if target is None:
        target = []
    target.append(item)
    return target

print(append_safe(1))
print(append_safe(2))

def count_calls(counter={"n": 0}):
    counter["n"] += 1
    return counter["n"]

print(count_calls(), count_calls(), count_calls())
