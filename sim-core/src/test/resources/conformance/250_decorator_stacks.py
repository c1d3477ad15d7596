def trace(label):
    print("evaluating", label)
    def deco(f):
        print("applying", label, f.__name__)
        return f
    return deco

@trace("a")
@trace("b")
def f(x):
    return x * 2

print(f(3))

def bold(fn):
    def wrapper(*args):
        return "<b>" + fn(*args) + "</b>"
    return wrapper

class Greeter:
    @bold
    def hello(self, name):
        return "hello " + name

print(Greeter().hello("bob"))

registry = []
def register(cls):
    registry.append(cls.__name__)
    return cls

@register
class A:
    pass

print(registry, A)
decos = [bold]
@decos[0]
def g():
    return "g"
print(g())

# A decorator with arguments, a class decorator adding a method, a lambda after '@'.
def repeat(times):
    def deco(fn):
        def wrapper(*args, **kwargs):
            return [fn(*args, **kwargs) for _ in range(times)]
        return wrapper
    return deco

@repeat(times=3)
def hi(name):
    return "hi " + name

print(hi("ann"))

def with_describe(cls):
    cls.describe = lambda self: "I am " + cls.__name__
    return cls

@with_describe
class Dog:
    pass

print(Dog().describe())

@(lambda f: f.__name__.upper())
def shout():
    pass

print(shout)

def logged(fn):
    def inner(*a):
        print("calling", fn.__name__, a[1:])
        return fn(*a)
    return inner

class Account:
    def __init__(self):
        self.balance = 0

    @logged
    def deposit(self, n):
        self.balance += n
        return self.balance

acct = Account()
acct.deposit(5)
print(acct.deposit(7))
print(f.__name__, hi.__name__, hi.__qualname__)
