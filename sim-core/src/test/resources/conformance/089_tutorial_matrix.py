def mat_mul(a, b):
    rows, inner, cols = len(a), len(b), len(b[0])
    result = [[0] * cols for _ in range(rows)]
    for i in range(rows):
        for j in range(cols):
            total = 0
            for k in range(inner):
                total += a[i][k] * b[k][j]
            result[i][j] = total
    return result

def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]

def show(m):
    for row in m:
        print(" ".join(f"{v:4}" for v in row))

a = [[1, 2], [3, 4], [5, 6]]
b = [[7, 8, 9], [10, 11, 12]]
show(mat_mul(a, b))
print(mat_mul(b, a))
print(mat_mul(a, identity(2)) == a)
m = [[1, 1], [1, 0]]
p = identity(2)
for _ in range(30):
    p = mat_mul(p, m)
print(p[0][1])
print([list(col) for col in zip(*a)])
