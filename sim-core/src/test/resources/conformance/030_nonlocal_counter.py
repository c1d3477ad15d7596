def make_bank(balance):
    def deposit(amount):
        nonlocal balance
        balance += amount
        return balance
    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            return "insufficient"
        balance -= amount
        return balance
    def get():
        return balance
    return deposit, withdraw, get

dep, wd, get = make_bank(100)
print(dep(50))
print(wd(30))
print(wd(500))
print(get())

def running_average():
    total = 0
    count = 0
    def add(value):
        nonlocal total, count
        total += value
        count += 1
        return total / count
    return add

avg = running_average()
for v in [10, 20, 30, 40]:
    print(avg(v))
