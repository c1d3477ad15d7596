class Stack:
    def __init__(self):
        self._items = []

    def push(self, item):
        self._items.append(item)

    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()

    def __len__(self):
        return len(self._items)

    def __repr__(self):
        return f"Stack({self._items})"

s = Stack()
for c in "abc": s.push(c)
print(s, len(s), s._items[-1])
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
