s = 'x' * 10**5
for i in range(10**3):
    t = s + s
print(len(t))
