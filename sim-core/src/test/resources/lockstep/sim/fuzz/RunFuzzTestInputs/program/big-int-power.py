try:
    x = 10**10**7
    print(x > 0)
except MemoryError:
    print("MemoryError")
