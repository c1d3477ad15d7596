class Stack:
    def __init__(self):
        self._items = []

    def push(self, item):
        self._items.append(item)

    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()

    def peek(self):
        return self._items[-1]

    def __len__(self):
        return len(self._items)

    def __repr__(self):
        return f"Stack({self._items})"

class Queue:
    def __init__(self):
        self.items = []

    def enqueue(self, item):
        self.items.append(item)

    def dequeue(self):
        return self.items.pop(0)

    def is_empty(self):
        return len(self.items) == 0

s = Stack()
for c in "abc":
    s.push(c)
print(s, len(s), s.peek())
print(s.pop(), s.pop(), s.pop())
try:
    s.pop()
except IndexError as e:
    print("IndexError:", e)

def balanced(expr):
    st = Stack()
    pairs = {")": "(", "]": "[", "}": "{"}
    for ch in expr:
        if ch in "([{":
            st.push(ch)
        elif ch in pairs:
            if len(st) == 0 or st.pop() != pairs[ch]:
                return False
    return len(st) == 0

for e in ["(a[b]{c})", "(]", "((", ""]:
    print(repr(e), balanced(e))

q = Queue()
for n in range(1, 4):
    q.enqueue(n * 10)
while not q.is_empty():
    print("served", q.dequeue())
