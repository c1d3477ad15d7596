for i in range(4):
    print(i, end=" ")
print()
for i in range(2, 6):
    print(i, end=" ")
print()
for i in range(0, 20, 5):
    print(i, end=" ")
print()
for i in range(10, 0, -3):
    print(i, end=" ")
print()
for i in range(5, -6, -2):
    print(i, end=" ")
print()
for i in range(3, 3):
    print("never")
for i in range(0, 10, -1):
    print("never")
print(list(range(5)), list(range(1, 4)), list(range(9, 0, -4)))
print(len(range(100)), len(range(0, 10, 3)))
print(range(10)[3], range(0, 20, 2)[-1])
print(7 in range(10), 10 in range(10))
total = 0
for i in range(1, 101):
    total += i
print(total)
