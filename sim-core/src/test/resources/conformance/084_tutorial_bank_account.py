class InsufficientFundsError(Exception):
    pass

class BankAccount:
    interest_rate = 0.02

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFundsError(f"{self.owner} has only {self.balance}")
        self.balance -= amount
        self.history.append(("withdraw", amount))

    def __str__(self):
        return f"{self.owner}: ${self.balance:.2f}"

class Savings(BankAccount):
    interest_rate = 0.05

acct = BankAccount("Ann", 100)
acct.deposit(50); acct.withdraw(30)
for bad in [lambda: acct.withdraw(1000), lambda: acct.deposit(-5)]:
    try:
        bad()
    except (InsufficientFundsError, ValueError) as e:
        print(type(e).__name__ + ":", e)
s = Savings("Bo", 1000)
for a in [acct, s]:
    a.balance += a.balance * a.interest_rate
    print(a, a.history)
