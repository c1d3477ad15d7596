# super() inside properties, class methods and decorated methods; functools.cached_property.
import functools
from functools import cached_property
class Data:
    def __init__(self, n):
        self.n = n
    @cached_property
    def total(self):
        print("computing")
        return sum(range(self.n))
d = Data(10)
print(d.total, d.total, d.__dict__)
del d.total
print(d.total)
print(type(Data.total).__name__)
class Base:
    def __init__(self):
        self._v = 5
    @property
    def v(self):
        return self._v
    @classmethod
    def make(cls):
        return cls()
    @staticmethod
    def s(x):
        return x + 1
class Child(Base):
    @property
    def v(self):
        return super().v * 10
    @classmethod
    def make(cls):
        obj = super().make()
        print("made", type(obj).__name__)
        return obj
    def t(self):
        return super().s(1)
print(Child().v, Child.make().v, Child().t())
def logged(f):
    @functools.wraps(f)
    def w(*a):
        print("->", f.__qualname__)
        return f(*a)
    return w
class A:
    def run(self):
        return "A.run"
class B(A):
    @logged
    def run(self):
        return "B+" + super().run()
    @staticmethod
    @logged
    def st():
        return "st"
print(B().run(), B.st())
