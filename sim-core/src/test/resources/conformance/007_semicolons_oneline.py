a = 1; b = 2; c = a + b
print(a, b, c)
for t in range(3): print(t)
x = 5
if x > 3: print("big"); print("still big")
if x > 10: print("huge")
else: print("not huge")
while x > 2: x -= 1
print(x)
def sq(n): return n * n
print(sq(9))
class Empty: pass
print(type(Empty()).__name__)
for ch in "ab": print(ch, end=" "); print("|", end=" ")
print()
