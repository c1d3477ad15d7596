values = [10, 5, 0, 2]
total = 0
for v in values:
    share = 100 // v
    total += share
    print(v, "->", share)
print("never printed", total)
