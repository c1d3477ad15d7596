class Dog:
    species = "Canis familiaris"

    def __init__(self, name, age):
        self.name = name
        self.age = age

    def bark(self):
        return f"{self.name} says woof"

    def birthday(self):
        self.age += 1
        return self.age

rex = Dog("Rex", 3)
fido = Dog("Fido", 5)
print(rex.bark())
print(fido.birthday(), fido.age)
print(rex.species, fido.species, Dog.species)
rex.species = "robot dog"
print(rex.species, fido.species, Dog.species)
Dog.species = "wolf"
print(rex.species, fido.species)
print(rex.name, rex.age)
rex.nickname = "R"
print(rex.nickname)
print(type(rex).__name__)
print(isinstance(rex, Dog), isinstance(5, Dog))
