class Plain:
    def __init__(self, v):
        self.v = v

a = Plain(1)
b = Plain(1)
print(a == b, a == a, a is a, a != b)
print([a].count(a), a in [b], a in [a])

class Money:
    def __init__(self, amount, currency="EUR"):
        self.amount = amount
        self.currency = currency

    def __eq__(self, other):
        return isinstance(other, Money) and self.amount == other.amount and self.currency == other.currency

    def __add__(self, other):
        return Money(self.amount + other.amount, self.currency)

    def __repr__(self):
        return f"Money({self.amount}, {self.currency!r})"

m = Money(5) + Money(7)
print(m, m == Money(12), m == Money(12, "USD"), m == 12)
print([Money(1), Money(2)].index(Money(2)))
print(Money(3) in [Money(1), Money(3)])
total = Money(0)
for amount in [1, 2, 3]:
    total = total + Money(amount)
print(total)
