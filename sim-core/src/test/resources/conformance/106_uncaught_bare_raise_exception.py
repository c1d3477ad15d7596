print("start")
steps = ["load", "check", "save"]
for step in steps:
    print("running", step)
    if step == "check":
        raise Exception("plain exception with message")
print("end")
