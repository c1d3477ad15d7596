# pprint: objects that fit stay on one line, others break at width 80 as CPython's PrettyPrinter breaks them.
import pprint
data = {"users": [{"name": "user%d" % i, "id": i, "tags": ["t%d" % j for j in range(i)], "active": i % 2 == 0} for i in range(5)], "count": 5, "meta": {"zeta": 1, "alpha": (1, 2, 3), "set": {3, 1, 2}, "empty": {}, "words": "lorem ipsum dolor sit amet " * 6}}
pprint.pprint(data)
pprint.pprint(list(range(40)))
pprint.pprint(list(range(40)), compact=True, width=40)
print(pprint.pformat(data, width=120, depth=2))
pprint.pprint({"b": 1, "a": [1, 2]}, indent=4, width=10)
pprint.pprint(("x" * 50, "y" * 50), width=60)
pprint.pprint("a long string " * 10)
pprint.pprint([("a", 1)], sort_dicts=False)
pprint.pprint({"k" * 30: ["v" * 30, "w" * 30], "z": frozenset(range(30))})
print(pprint.saferepr({"b": 2, "a": 1}), pprint.isreadable([1]), pprint.isreadable(object()))
stock = {"AAPL": [150.1, 151.2, 149.9], "GOOG": [2800.5, 2810.0], "MSFT": list(range(300, 330, 2))}
pprint.pprint(stock)
pprint.pprint(stock, width=40)
pprint.pp({"z": 1, "a": 2})
matrix = [[i * j for j in range(12)] for i in range(8)]
pprint.pprint(matrix)
pprint.pprint([{"id": i, "name": "item-%d" % i, "values": list(range(i))} for i in range(6)], width=60)
print(pprint.pformat(("tuple", ("nested", ("deeper", ("deepest",)))), depth=2))
pprint.pprint(set(range(25)))
pprint.pprint("a\nmultiline string that is long enough to wrap around the width " * 2, width=40)
