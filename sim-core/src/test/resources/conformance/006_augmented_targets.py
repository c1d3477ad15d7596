total = 0

def add(n):
    global total
    total += n

add(5)
add(7)
print(total)

class Box:
    def __init__(self):
        self.count = 0

b = Box()
b.count += 3
b.count *= 4
print(b.count)

nums = [1, 2, 3]
nums[0] += 10
nums[-1] *= 5
print(nums)

d = {"a": 1}
d["a"] += 1
d["b"] = d.get("b", 0) + 100
d["b"] -= 1
print(d)

grid = [[0, 0], [0, 0]]
grid[1][0] += 9
print(grid)

class Counter:
    hits = 0

Counter.hits += 1
Counter.hits += 1
print(Counter.hits)
