try:
    s = "ab" * 10**9
    print(len(s))
except MemoryError:
    print("MemoryError")
