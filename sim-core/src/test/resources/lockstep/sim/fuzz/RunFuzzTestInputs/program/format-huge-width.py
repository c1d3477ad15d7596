x = 1
try:
    print(len(f"{x:>1000000000}"))
except MemoryError:
    print("MemoryError")
