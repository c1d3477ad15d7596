def greet(name):
    print("Hello, " + name)

greet("world")
say_goodbye("typo")
