xs = list(range(10))
print(xs[0], xs[-1], xs[3:7], xs[:3], xs[7:], xs[-3:])
print(xs[::2], xs[1::2], xs[::-1], xs[8:2:-2], xs[-2:-8:-3])
print(xs[5:2], xs[20:], xs[:-20])
xs[0] = "zero"
xs[-1] = "nine"
print(xs)
matrix = [[1, 2, 3], [4, 5, 6]]
print(matrix[1][2], matrix[-1][0], matrix[0][::-1])
matrix[0][1] = 20
print(matrix)
grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
print(grid)
bad = [[0] * 3] * 3
bad[1][1] = 5
print(bad)
print([1, 2, 3] == [1, 2, 3], [1, 2] == [2, 1], [1, 2] < [1, 3], [1, 2] < [1, 2, 0])
print(3 in [1, 2, 3], [1] in [[1], [2]], 4 not in [1, 2])
a = [1, 2]
b = a
c = a[:]
a.append(3)
print(a, b, c, a is b, a is c, a == c + [3])
print(max([3, 9, 2]), min([3, 9, 2]), sum([3, 9, 2]), sorted([3, 9, 2]))
