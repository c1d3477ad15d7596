# %(asctime)s, datefmt, %(msecs)03d and the record's other fields on a fixed creation time (the clock is not read).
import logging
import time
import sys


class FixedTime(logging.Filter):
    def filter(self, record):
        record.created = 1700000000.25
        record.msecs = 250.0
        return True


logging.Formatter.converter = time.gmtime
handler = logging.StreamHandler(sys.stdout)
handler.addFilter(FixedTime())
log = logging.getLogger("fixed")
log.addHandler(handler)
log.propagate = False
for fmt, datefmt in [("%(asctime)s %(message)s", None), ("%(asctime)s.%(msecs)03d %(message)s", "%H:%M:%S"),
                     ("%(asctime)s|%(levelname)s|%(module)s|%(filename)s|%(funcName)s|%(levelno)d", "%d/%m/%Y"),
                     ("{asctime} {name} {message}", "%Y"), ("%(name)s %(processName)s %(threadName)s %(message)s", None)]:
    style = "{" if fmt.startswith("{") else "%"
    handler.setFormatter(logging.Formatter(fmt, datefmt, style=style))
    log.warning("fmt %r", fmt)
r = logging.LogRecord("n", logging.INFO, "/a/b/c.py", 7, "m %s", ("x",), None)
print(r.filename, r.module, r.pathname, r.lineno, r.levelname, r.getMessage(), r.name)
print(repr(r))
