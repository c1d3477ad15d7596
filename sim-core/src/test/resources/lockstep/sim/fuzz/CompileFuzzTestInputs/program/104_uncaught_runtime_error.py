def check(state):
    if state not in ("ready", "done"):
        raise RuntimeError("invalid state " + state)
    print("state ok:", state)

for s in ["ready", "done", "broken"]:
    check(s)
