class Config:
    debug = False

    def __init__(self):
        self.name = "app"

    def run(self):
        return "running"

c = Config()
print(getattr(c, "name"), getattr(c, "debug"), getattr(c, "missing", "fallback"))
setattr(c, "level", 3)
print(c.level)
print(hasattr(c, "level"), hasattr(c, "nope"), hasattr(c, "run"))
print(callable(c.run), callable(c.name), callable(len), callable(Config), callable(lambda: 1))
method = getattr(c, "run")
print(method())
for field in ["name", "level", "debug"]:
    print(field, "=", getattr(c, field))
try:
    getattr(c, "absent")
except AttributeError as e:
    print("AttributeError:", e)
setattr(Config, "debug", True)
print(Config().debug)
