class Animal:
    def __init__(self, name):
        self.name = name

    def speak(self):
        return "..."

    def describe(self):
        return f"{self.name} says {self.speak()}"

class Cat(Animal):
    def speak(self):
        return "meow"

class Dog(Animal):
    def __init__(self, name, tricks):
        super().__init__(name)
        self.tricks = tricks

    def speak(self):
        return "woof"

    def describe(self):
        base = super().describe()
        return base + f" and knows {len(self.tricks)} tricks"

class Puppy(Dog):
    def speak(self):
        return "yip " + super().speak()

for a in [Animal("thing"), Cat("Tom"), Dog("Rex", ["sit", "roll"]), Puppy("Bit", [])]:
    print(a.describe())

p = Puppy("Bit", ["beg"])
print(isinstance(p, Puppy), isinstance(p, Dog), isinstance(p, Animal), isinstance(p, Cat))
print(isinstance(p, (Cat, Dog)))
print(type(p).__name__, type(p) is Dog, type(p) is Puppy)
print(p.tricks, p.name)
