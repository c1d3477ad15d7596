class Task:
    next_id = 1
    registry = []

    def __init__(self, title, priority=0):
        self.id = Task.next_id
        Task.next_id += 1
        self.title = title
        self.priority = priority
        self.done = False
        Task.registry.append(self)

    def complete(self):
        self.done = True
        return self

    def __repr__(self):
        mark = "x" if self.done else " "
        return f"[{mark}] #{self.id} {self.title} (p{self.priority})"

    def __lt__(self, other):
        return self.priority < other.priority

Task("write code", 2)
Task("test", 3)
Task("coffee", 1).complete()
Task("deploy", 3)
print(Task.registry)
for t in sorted(Task.registry):
    print(t)
print(sorted(Task.registry, reverse=True)[0])
pending = [t.title for t in Task.registry if not t.done]
print(pending, Task.next_id)
