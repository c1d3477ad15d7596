try:
    print(int("1" * 10**6) > 0)
except ValueError as e:
    print(e)
