class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next

class LinkedList:
    def __init__(self):
        self.head = None

    def append(self, value):
        node = Node(value)
        if self.head is None:
            self.head = node
            return
        cur = self.head
        while cur.next is not None:
            cur = cur.next
        cur.next = node

    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev

    def to_list(self):
        out, cur = [], self.head
        while cur:
            out.append(cur.value)
            cur = cur.next
        return out

    def __repr__(self):
        return " -> ".join(repr(v) for v in self.to_list()) or "(empty)"

ll = LinkedList()
print(ll)
for v in [1, 2, 3, 4]: ll.append(v)
ll.reverse()
print(ll, ll.to_list(), len(ll.to_list()))
