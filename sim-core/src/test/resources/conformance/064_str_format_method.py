print("{} and {}".format("spam", "eggs"))
print("{1} before {0}".format("second", "first"))
print("{0}{1}{0}".format("ab", "-"))
print("{name} is {age}".format(name="Ann", age=30))
print("{0[1]} {0[0]}".format(["x", "y"]))
print("{d[key]}".format(d={"key": "value"}))

class Person:
    def __init__(self, name):
        self.name = name

print("Hi {p.name}!".format(p=Person("Bo")))
print("{{literal braces}} {}".format(1))
print("{:>8}|{:<8}|{:^8}|".format("r", "l", "c"))
print("{:.3f} {:5d} {:05d} {:,}".format(3.14159, 42, 42, 1234567))
print("{0:b} {0:o} {0:x} {0:X} {0:#x}".format(255))
print("{!r} {!s}".format("q", "q"))
print("{:*^11}".format("mid"))
print("{:+d} {:+d}".format(5, -5))
print("{:10.2f}|".format(2.5))
