try:
    print(len(dict.fromkeys(range(10**9))))
except MemoryError:
    print("MemoryError")
