print(repr("" * 2**31))
print(repr("".zfill(3)))
print(repr("-".zfill(3)))
