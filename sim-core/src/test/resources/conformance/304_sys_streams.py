# sys.argv, __file__, sys.stdout and sys.stderr as the tutorials use them.
import sys

print(sys.argv)
print(len(sys.argv), sys.argv[0].endswith(".py"))
print(__file__.split("/")[-1])
n = sys.stdout.write("written directly\n")
print("write returned", n)
sys.stdout.write("no newline, ")
sys.stdout.flush()
print("then print")
print("to stdout", 1, 2, sep="-", file=sys.stdout)
print("to stderr: not in stdout", file=sys.stderr)
sys.stderr.write("also stderr\n")
sys.stderr.flush()
print(repr(sys.stdout), repr(sys.stderr))
print(sys.stdout.name, sys.stderr.name, sys.stdout.isatty())
sys.stdout.writelines(["a\n", "b\n"])
print("flushed", flush=True)


class Collector:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)


c = Collector()
print("into", "an object", file=c)
print("x", end="!", file=c)
print(c.parts)
try:
    sys.stdout.write(5)
except TypeError as e:
    print("TypeError:", e)
if len(sys.argv) > 1:
    print("arguments given")
else:
    print("usage:", sys.argv[0], "NAME")
sys.exit(0)
