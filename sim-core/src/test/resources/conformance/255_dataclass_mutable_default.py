# A list as a field's default is refused when the class is made, with CPython's message.
from dataclasses import dataclass


@dataclass
class Good:
    name: str
    tags: tuple = ()


print(Good("a"))


@dataclass
class Basket:
    owner: str
    fruits: list = []


print("not reached")
