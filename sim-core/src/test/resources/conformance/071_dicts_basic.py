ages = {"alice": 30, "bob": 25}
ages["carol"] = 35
ages["alice"] = 31
print(ages)
print(ages["bob"], ages.get("dave"), ages.get("dave", 0), ages.get("bob", 0))
print("alice" in ages, "zed" in ages, 30 in ages, len(ages))
print(list(ages.keys()), list(ages.values()), list(ages.items()))
print(ages.pop("bob"), ages.pop("nobody", "default"), ages)
print(ages.setdefault("alice", 0), ages.setdefault("erin", 22), ages)
ages.update({"frank": 40, "alice": 32})
ages.update(gina=19)
print(ages)
copy = ages.copy()
copy.clear()
print(copy, len(ages))
print({}, dict(), dict(a=1, b=2), dict([(1, 2), (3, 4)]), dict(zip("ab", [1, 2])))
print({"k": [1, 2], "n": {"inner": (1, 2)}})
print({1: "int key", 2.5: "float", (1, 2): "tuple", None: "none", False: "bool"})
print({"a": 1} == {"a": 1}, {"a": 1, "b": 2} == {"b": 2, "a": 1})
