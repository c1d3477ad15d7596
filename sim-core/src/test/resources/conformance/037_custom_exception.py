class InsufficientFunds(Exception):
    pass

class ValidationError(Exception):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field

def withdraw(balance, amount):
    if amount > balance:
        raise InsufficientFunds(f"need {amount - balance} more")
    return balance - amount

try:
    withdraw(10, 25)
except InsufficientFunds as e:
    print("caught:", e)
    print(type(e).__name__)
    print(repr(e))
    print(e.args)

try:
    raise ValidationError("age", "must be positive")
except ValidationError as e:
    print(e, "|", e.field)
    print(isinstance(e, Exception))

try:
    raise InsufficientFunds
except Exception as e:
    print(repr(e), "[" + str(e) + "]")
