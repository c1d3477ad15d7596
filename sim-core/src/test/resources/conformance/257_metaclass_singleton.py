# Metaclasses as tutorials write them: a thread-safe Singleton metaclass, a registering Meta, type(name, bases, dict).
import threading

class Singleton(type):
    _instances = {}
    _lock = threading.Lock()

    def __call__(cls, *args, **kwargs):
        with cls._lock:
            if cls not in cls._instances:
                cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]

class Config(metaclass=Singleton):
    def __init__(self, name="default"):
        print("init", name)
        self.name = name

a = Config("first")
b = Config("second")
print(a is b, a.name, type(Config).__name__, type(a).__name__, isinstance(Config, Singleton))

class Sub(Config):
    pass
print(Sub() is Sub(), Sub() is a, type(Sub) is Singleton)

class Meta(type):
    def __new__(mcs, name, bases, namespace):
        print("Meta.__new__", mcs.__name__, name, [b.__name__ for b in bases], sorted(k for k in namespace if not k.startswith("__")))
        namespace["created_by"] = "Meta"
        return super().__new__(mcs, name, bases, namespace)

    def __init__(cls, name, bases, namespace):
        print("Meta.__init__", name)
        super().__init__(name, bases, namespace)
        cls.registry = []

    def describe(cls):
        return "class " + cls.__name__

class Base(metaclass=Meta):
    x = 1
    def hello(self):
        return "hello"

class Child(Base):
    y = 2

print(Base.created_by, Child.created_by, Base.describe(), Child.describe(), Child().hello(), Child.registry)

Point = type("Point", (), {"x": 1, "show": lambda self: f"Point x={self.x}"})
p = Point()
print(Point, p.show(), Point.__name__, type(Point))
Derived = type("Derived", (Point,), {"y": 2})
print(Derived().show(), Derived.y, Derived.__mro__)

class Counted(type):
    count = 0
    def __call__(cls, *a, **k):
        Counted.count += 1
        return super().__call__(*a, **k)

class W(metaclass=Counted):
    def __init__(self, v):
        self.v = v
ws = [W(i) for i in range(3)]
print(Counted.count, [w.v for w in ws])

class ThreadSafeSingleton:
    _instance = None
    _lock = threading.Lock()
    def __new__(cls):
        if cls._instance is None:
            with cls._lock:
                if cls._instance is None:
                    cls._instance = super().__new__(cls)
        return cls._instance

results = []
def make():
    results.append(id(ThreadSafeSingleton()))
threads = [threading.Thread(target=make) for _ in range(5)]
for t in threads: t.start()
for t in threads: t.join()
print(len(set(results)))
