class Temp:
    def __init__(self, c):
        self._c = c

    @property
    def celsius(self):
        "the temperature"
        return self._c

    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("too cold")
        self._c = v

    @celsius.deleter
    def celsius(self):
        print("deleting")
        del self._c

    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32

t = Temp(20)
print(t.celsius, t.fahrenheit)
t.celsius = 30
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print("error:", e)
try:
    t.fahrenheit = 3
except AttributeError as e:
    print("error:", e)
del t.celsius
print(hasattr(t, "_c"))
print(type(Temp.celsius), Temp.celsius.fget.__name__)

class Pizza:
    count = 0
    def __init__(self, toppings):
        self.toppings = toppings
        Pizza.count += 1

    @classmethod
    def margherita(cls):
        return cls(["mozzarella", "tomatoes"])

    @staticmethod
    def area(r):
        return r * r * 3

    def __repr__(self):
        return f"{type(self).__name__}({self.toppings!r})"

class BigPizza(Pizza):
    pass

print(Pizza.margherita(), BigPizza.margherita(), Pizza.area(2), Pizza([]).area(3))
print(Pizza.count)

class Desc:
    def __set_name__(self, owner, name):
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        print("get", self.name)
        return getattr(obj, self.name)
    def __set__(self, obj, value):
        print("set", self.name, value)
        setattr(obj, self.name, value)

class P:
    x = Desc()
    def __init__(self, x):
        self.x = x

p = P(5)
print(p.x, p.__dict__, type(P.x).__name__)

class Single:
    _inst = None
    def __new__(cls, *args):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self, v):
        self.v = v

a = Single(1)
b = Single(2)
print(a is b, a.v)
class RO:
    @property
    def x(self):
        return 1
try:
    RO().x = 2
except AttributeError as e:
    print(e)
try:
    del RO().x
except AttributeError as e:
    print(e)
def doc():
    "hello doc"
print(doc.__doc__, doc.__module__)
