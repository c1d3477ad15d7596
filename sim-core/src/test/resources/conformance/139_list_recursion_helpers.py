def flatten(nested):
    out = []
    for item in nested:
        if isinstance(item, list):
            out.extend(flatten(item))
        else:
            out.append(item)
    return out

print(flatten([1, [2, [3, [4]], 5], [[6]]]))

def dedupe(xs):
    seen = []
    for x in xs:
        if x not in seen:
            seen.append(x)
    return seen

print(dedupe([3, 1, 3, 2, 1]))

def depth(nested):
    if not isinstance(nested, list):
        return 0
    return 1 + max([depth(x) for x in nested], default=0)

print(depth([1, [2, [3, [4]]]]), depth([]), depth(5))
