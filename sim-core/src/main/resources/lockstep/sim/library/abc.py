# The abc module, written in the scenario language after CPython 3.11's documented behaviour: abstractmethod,
# ABCMeta (which collects a class's abstract methods and refuses to instantiate it while any remain) and ABC.
# (CPython's check lives in object.__new__; here ABCMeta.__call__ makes it, so its frame shows in a traceback.)


def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


def _is_abstract(value):
    return getattr(value, "__isabstractmethod__", False) is True


class ABCMeta(type):
    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace)
        abstracts = set()
        for key, value in namespace.items():
            if _is_abstract(value):
                abstracts.add(key)
        for base in bases:
            for key in getattr(base, "__abstractmethods__", frozenset()):
                if _is_abstract(getattr(cls, key, None)):
                    abstracts.add(key)
        cls.__abstractmethods__ = frozenset(abstracts)
        return cls

    def __call__(cls, *args, **kwargs):
        missing = sorted(cls.__abstractmethods__)
        if missing:
            raise TypeError("Can't instantiate abstract class " + cls.__name__ + " with abstract method"
                            + ("s " if len(missing) > 1 else " ") + ", ".join(missing))
        return super().__call__(*args, **kwargs)

    def register(cls, subclass):
        raise TypeError("ABCMeta.register (virtual subclasses) is outside the scenario language")


class ABC(metaclass=ABCMeta):
    pass
