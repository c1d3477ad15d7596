values = [10, 5, 0, 2]
for v in values:
    print(100 // v)
print("never printed")
