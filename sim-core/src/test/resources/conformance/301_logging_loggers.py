# Loggers in a hierarchy, levels, handlers, formatters and their styles, filters, and the errors CPython raises.
import logging
import sys

print(logging.getLevelName(logging.INFO), logging.getLevelName(25), logging.getLevelName("ERROR"))
print(logging.root, logging.getLogger() is logging.root, logging.getLogger("root") is logging.root)
app = logging.getLogger("app")
db = logging.getLogger("app.db")
deep = logging.getLogger("x.y.z")
x = logging.getLogger("x")
print(app, db, db.parent is app, deep.parent is x, x.parent is logging.root, app.getChild("net"))
print(db.getEffectiveLevel(), db.isEnabledFor(logging.WARNING), db.isEnabledFor(logging.INFO))

handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter("%(name)s|%(levelname)-8s|%(message)s"))
app.addHandler(handler)
app.setLevel(logging.DEBUG)
print(handler, app, db, app.hasHandlers(), logging.getLogger("other").hasHandlers())
db.debug("query %s took %d ms", "SELECT 1", 3)
db.info("rows: %(n)d", {"n": 2})
db.log(logging.WARNING, "slow")
db.propagate = False
db.error("not shown: db has no handler and does not propagate, so the last resort writes it to stderr")
db.propagate = True

brace = logging.StreamHandler(sys.stdout)
brace.setFormatter(logging.Formatter("{levelname}:{name}:{message}", style="{"))
dollar = logging.StreamHandler(sys.stdout)
dollar.setFormatter(logging.Formatter("$levelname/${name}/$message", style="$"))
net = logging.getLogger("app.net")
net.addHandler(brace)
net.addHandler(dollar)
net.propagate = False
net.warning("three ways")


class OnlyEven(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 0


even = logging.getLogger("app.even")
even.addFilter(OnlyEven())
for i in range(4):
    even.info("number %d", i)

handler.setLevel(logging.ERROR)
app.warning("below the handler's level")
app.critical("above it")
handler.setLevel(logging.NOTSET)


class LastLine(logging.Formatter):
    def formatException(self, ei):
        return "caught " + ei[0].__name__ + ": " + str(ei[1])


handler.setFormatter(LastLine("%(levelname)s %(message)s"))
try:
    {}["missing"]
except KeyError:
    app.exception("lookup failed")
try:
    int("x")
except ValueError as e:
    app.error("with exc_info", exc_info=e)
app.info("extra %s", "arg", extra={"user": "ann"})

for bad in [dict(style="?"), dict(stream=sys.stdout, filename="f.log"), dict(colour=True)]:
    try:
        logging.basicConfig(force=True, **bad)
    except ValueError as e:
        print("ValueError:", e)
for level in ["LOUD", 1.5]:
    try:
        app.setLevel(level)
    except (ValueError, TypeError) as e:
        print(type(e).__name__ + ":", e)
try:
    logging.Formatter("no fields")
except ValueError as e:
    print("ValueError:", e)
try:
    app.log("INFO", "x")
except TypeError as e:
    print("TypeError:", e)
logging.disable(logging.WARNING)
app.warning("disabled")
app.error("still shown")
logging.disable(logging.NOTSET)
r = logging.makeLogRecord({"msg": "hello %s", "args": ("you",), "name": "made"})
print(r.getMessage(), r.name)
