class Counter:
    created = 0
    shared_list = []

    def __init__(self, label):
        Counter.created += 1
        self.label = label
        self.own_list = []

    def add(self, item):
        self.shared_list.append(item)
        self.own_list.append(item)

a = Counter("a")
b = Counter("b")
a.add(1)
b.add(2)
print(Counter.created)
print(a.shared_list, b.shared_list)
print(a.own_list, b.own_list)
print(a.shared_list is b.shared_list)

class Config:
    debug = False
    level = 1

c = Config()
print(c.debug, c.level)
c.level = 5
print(c.level, Config.level)
del c.level
print(c.level)
