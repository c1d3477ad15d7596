try:
    print(pow(2, -1, 4))
except ValueError as e:
    print(e)
print(pow(3, -1, 7))
