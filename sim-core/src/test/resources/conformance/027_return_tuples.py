def min_max(values):
    return min(values), max(values)

lo, hi = min_max([3, 9, 1, 7])
print(lo, hi)
result = min_max([5])
print(result, type(result).__name__)

def stats(values):
    n = len(values)
    mean = sum(values) / n
    return n, mean, (min(values), max(values))

count, avg, (low, high) = stats([2, 4, 6, 8])
print(count, avg, low, high)

def split_name(full):
    first, last = full.split(" ")
    return last, first

print(split_name("Ada Lovelace"))

def nothing():
    return

print(nothing())
