def connect(host, *, port=80, secure=False):
    return f"{host}:{port} secure={secure}"

print(connect("example"))
print(connect("example", port=443, secure=True))
try:
    connect("example", 443)
except TypeError as e:
    print("TypeError:", e)

def area(*, width, height):
    return width * height

print(area(width=3, height=4))
print(area(height=2, width=5))
try:
    area(width=3)
except TypeError as e:
    print("TypeError:", e)

def log(msg, *values, level="INFO"):
    print(level, msg, *values)

log("start")
log("values", 1, 2, 3)
log("oops", level="ERROR")
