# namedtuple records: fields by name and position, defaults, _replace, _asdict, _fields, _make, ordering.
from collections import namedtuple

Employee = namedtuple('Employee', 'name dept salary')
staff = [Employee('Ann', 'eng', 120), Employee('Bob', 'ops', 90), Employee('Cid', 'eng', 100)]
for e in staff:
    print(e.name, e[1], e.salary)
print(staff[0])
print(Employee._fields, Employee)
top = max(staff, key=lambda e: e.salary)
print(top.name, sorted(staff, key=lambda e: e.salary)[0])
raise_bob = staff[1]._replace(salary=95)
print(raise_bob, staff[1])
print(staff[2]._asdict())
name, dept, salary = staff[0]
print(name, dept, salary, len(staff[0]), list(staff[0]), 'eng' in staff[0])
print(Employee._make(['Dee', 'hr', 80]))
Point = namedtuple('Point', ['x', 'y'])
p = Point(3, y=4)
print(p, p == (3, 4), p == Point(3, 4), p != Point(0, 0), hash(p) == hash((3, 4)), p[0] + p[1])
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
print({Point(1, 2): 'a'}[Point(1, 2)], Point(1, 2) + (5,), p[:1])
Config = namedtuple('Config', ['host', 'port', 'debug'], defaults=[8080, False])
print(Config('localhost'), Config('h', 1, True), Config._field_defaults)
Pair = namedtuple('Pair', 'left, right')
print(Pair(1, 2), Pair._fields)
Renamed = namedtuple('Renamed', ['a', 'def', 'a', '_x'], rename=True)
print(Renamed._fields)
for label, action in [('set', lambda: setattr(p, 'x', 10)), ('missing', lambda: Point(1)),
                      ('missing two', lambda: Point()), ('too many', lambda: Point(1, 2, 3)),
                      ('keyword', lambda: Point(1, z=2)), ('twice', lambda: Point(1, x=2)),
                      ('replace', lambda: p._replace(z=1)), ('bad name', lambda: namedtuple('P', 'a 1b')),
                      ('keyword name', lambda: namedtuple('P', 'a class')),
                      ('underscore', lambda: namedtuple('P', '_a')), ('duplicate', lambda: namedtuple('P', 'a a')),
                      ('defaults', lambda: namedtuple('P', 'a', defaults=[1, 2])),
                      ('index', lambda: p[5])]:
    try:
        action()
    except (AttributeError, TypeError, ValueError, IndexError) as e:
        print(label, type(e).__name__ + ':', e)


class Vector(namedtuple('Vector', 'x y')):
    def norm2(self):
        return self.x * self.x + self.y * self.y


v = Vector(3, 4)
print(v, v.norm2(), v.x)
print(isinstance(p, tuple), type(p), type(v), p.count(3), p.index(4), Point.__name__, isinstance(v, Vector))
print([Point(1, 2), Point(0, 0)], str(p), f'{p}', '%s' % (p,))
