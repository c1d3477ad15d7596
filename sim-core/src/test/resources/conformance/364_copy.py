# copy.copy and copy.deepcopy: shared and cyclic references, __copy__ and __deepcopy__, the library's types.
import copy
from collections import deque, defaultdict, Counter, OrderedDict, namedtuple

original = [[1, 2], {'k': [3]}, (4, [5])]
shallow = copy.copy(original)
deep = copy.deepcopy(original)
original[0].append(99)
original[1]['k'].append(98)
print(shallow, shallow is original, shallow[0] is original[0])
print(deep, deep[2] is original[2], deep[2][1] is original[2][1])
t = (1, 'a', (2, 3))
print(copy.copy(t) is t, copy.deepcopy(t) is t, copy.deepcopy((1, [2]))[1] is (1, [2])[1])
shared = [0]
pair = [shared, shared]
clone = copy.deepcopy(pair)
print(clone[0] is clone[1], clone[0] is shared)
loop = [1]
loop.append(loop)
loop_copy = copy.deepcopy(loop)
print(loop_copy[1] is loop_copy, loop_copy[1] is loop, loop_copy)


class Node:
    def __init__(self, value, children=None):
        self.value = value
        self.children = children or []


tree = Node(1, [Node(2), Node(3)])
tree2 = copy.deepcopy(tree)
tree2.children[0].value = 20
print(tree.children[0].value, tree2.children[0].value, type(tree2).__name__)
same_children = copy.copy(tree)
print(same_children.children is tree.children, same_children is tree)


class Tracked:
    def __init__(self, n):
        self.n = n

    def __copy__(self):
        print('copying', self.n)
        return Tracked(self.n + 100)

    def __deepcopy__(self, memo):
        print('deep copying', self.n)
        return Tracked(self.n + 1000)


print(copy.copy(Tracked(1)).n, copy.deepcopy([Tracked(2)])[0].n)
dq = deque([[1], [2]], maxlen=5)
print(copy.copy(dq), copy.deepcopy(dq)[0] is dq[0], copy.copy(dq)[0] is dq[0])
dd = defaultdict(list, {'a': [1]})
dd2 = copy.deepcopy(dd)
dd2['b'].append(2)
print(dd2, dd, copy.copy(Counter('aab')), copy.deepcopy(OrderedDict(x=[1])))
Point = namedtuple('Point', 'x y')
print(copy.copy(Point(1, 2)), copy.deepcopy(Point([1], 2)))
s = {1, 2}
print(copy.copy(s), copy.copy(s) is s, copy.deepcopy({'set': frozenset([1])}))
memo = {}
first = copy.deepcopy(shared, memo)
second = copy.deepcopy(shared, memo)
print(first is second, first)
print(copy.Error, issubclass(copy.Error, Exception))
try:
    raise copy.Error('no copy')
except copy.Error as e:
    print('caught', type(e).__name__, e)
