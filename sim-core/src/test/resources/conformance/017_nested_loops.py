for i in range(1, 4):
    for j in range(1, 4):
        print(i * j, end="\t")
    print()

found = None
for i in range(2, 10):
    for j in range(2, 10):
        if i * j == 42:
            found = (i, j)
            break
    if found:
        break
print("found", found)

for row in [[1, 2], [3, 4], [5, 6]]:
    for cell in row:
        if cell % 2 == 0:
            continue
        print("odd cell", cell)

for i in range(3):
    for j in range(i):
        print("*", end="")
    print("|")
