def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"

for n in [-5, 0, 3, 42]:
    print(n, classify(n))

x = 7
if x % 2 == 0:
    print("even")
else:
    print("odd")

if x:
    print("truthy int")
if not []:
    print("empty list is falsy")
if "":
    print("never")
elif None:
    print("never either")
else:
    print("empty string and None are falsy")
if 0 < x < 10:
    print("chained comparison")
if x > 5 and x < 8 or x == 100:
    print("and/or")
