# Containers that contain themselves: [...] and {...} where CPython prints them, RecursionError where CPython
# raises it, never a crash (issue 14).
import copy

a = []
a.append(a)
b = []
b.append(b)
print(a, repr(a), str([a, a]))
print(a == a, a != a)
for text, compare in [('a == b', lambda: a == b), ('a < b', lambda: a < b), ('a != b', lambda: a != b)]:
    try:
        print(text, compare())
    except RecursionError as e:
        print(text, 'RecursionError:', e)

d = {}
d['self'] = d
e = {}
e['self'] = e
print(d, [d], (d,))
try:
    print(d == e)
except RecursionError as error:
    print('d == e', 'RecursionError:', error)

nested = []
for i in range(100000):
    nested = [nested]
try:
    print(len(repr(nested)))
except RecursionError as error:
    print('repr', 'RecursionError:', error)
other = []
for i in range(100000):
    other = [other]
try:
    print(nested == other)
except RecursionError as error:
    print('==', 'RecursionError:', error)

c = copy.deepcopy(a)
print(c, c[0] is c, c is a)
f = copy.deepcopy(d)
print(f, f['self'] is f, f is d)
print(copy.copy(a)[0] is a)
try:
    copy.deepcopy(nested)
except RecursionError as error:
    print('deepcopy', 'RecursionError:', error)
