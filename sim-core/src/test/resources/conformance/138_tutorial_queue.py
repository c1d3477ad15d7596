class Queue:
    def __init__(self):
        self.items = []

    def enqueue(self, item):
        self.items.append(item)

    def dequeue(self):
        return self.items.pop(0)

    def is_empty(self):
        return len(self.items) == 0

q = Queue()
for n in range(1, 4):
    q.enqueue(n * 10)
while not q.is_empty():
    print("served", q.dequeue())

line = Queue()
for customer in ["ann", "bob", "cy"]:
    line.enqueue(customer)
line.enqueue(line.dequeue())
print(line.items, len(line.items))
