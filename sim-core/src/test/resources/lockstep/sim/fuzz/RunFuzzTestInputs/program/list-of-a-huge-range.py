try:
    print(len(list(range(10**9))))
except MemoryError:
    print("MemoryError")
