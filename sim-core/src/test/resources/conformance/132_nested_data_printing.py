config = {
    "name": "demo",
    "version": (1, 2, 0),
    "ratios": [0.5, 1e-05, 2.0, -0.0, 1e16],
    "flags": {"debug": True, "verbose": False, "level": None},
    "servers": [{"host": "a", "ports": [80, 443]}, {"host": "b", "ports": []}],
    "quotes": ["it's", 'say "hi"', "tab\there"],
    "empty": [[], (), {}, ""],
}
print(config)
for key, value in config.items():
    print(f"{key}: {value}")
print(config["servers"][0]["ports"][-1], config["version"][1:])
print([[1, [2, [3, [4]]]]], ((1,), ((2,),)))
print(str(config["flags"]) == repr(config["flags"]))
print([1.0, 2.50, 3.125, 10 / 3, 1 / 7])
print({"nested": {"deeper": {"deepest": [1, {"x": (None,)}]}}})
print(len(config), len(config["servers"]), sum(len(s["ports"]) for s in config["servers"]))
