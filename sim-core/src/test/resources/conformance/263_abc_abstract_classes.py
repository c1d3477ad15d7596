# Abstract base classes as class tutorials write them: ABC, @abstractmethod (with property and classmethod), ABCMeta; __init_subclass__.
from abc import ABC, abstractmethod, ABCMeta
import abc

class Shape(ABC):
    @abstractmethod
    def area(self):
        pass

    @abstractmethod
    def perimeter(self):
        pass

    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"

class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
    def perimeter(self):
        return 4 * self.s

class Half(Shape):
    def area(self):
        return 1

print(Square(3).describe(), Square(2).perimeter())
for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)
print(Shape.__abstractmethods__ == frozenset({"area", "perimeter"}), Square.__abstractmethods__ == frozenset(), isinstance(Square(1), Shape))

class Base(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self):
        ...
    @classmethod
    @abstractmethod
    def make(cls):
        ...
class Impl(Base):
    @property
    def name(self):
        return "impl"
    @classmethod
    def make(cls):
        return cls()
print(Impl.make().name, type(Base).__name__, type(Impl) is ABCMeta)
try:
    Base()
except TypeError as e:
    print("TypeError:", e)

class Plugin:
    registry = []
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        Plugin.registry.append(cls.__name__)
class P1(Plugin): pass
class P2(P1): pass
print(Plugin.registry)
class Only(abc.ABC):
    @abc.abstractmethod
    def go(self): ...
Only.go(None)
Only()
