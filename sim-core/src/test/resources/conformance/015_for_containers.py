for fruit in ["apple", "banana", "cherry"]:
    print(fruit)
for item in (1, "two", 3.0):
    print(item)
ages = {"alice": 30, "bob": 25, "carol": 35}
for name in ages:
    print(name)
for name, age in ages.items():
    print(name, "is", age)
for v in ages.values():
    print(v, end=" ")
print()
for k in ages.keys():
    print(k.upper(), end=" ")
print()
for ch in "hey":
    print(ch)
for ch in "你好":
    print(ch)
for x in []:
    print("never")
