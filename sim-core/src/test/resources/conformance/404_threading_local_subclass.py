# A threading.local subclass: its __init__ runs again, with the same arguments, in each thread that uses it.
import threading


class Context(threading.local):
    def __init__(self, greeting):
        print("__init__ in", threading.current_thread().name, "with", greeting)
        self.greeting = greeting
        self.calls = 0


ctx = Context("hello")
ctx.calls = 5


def work(n):
    ctx.calls += n
    print(threading.current_thread().name, ctx.greeting, ctx.calls)


for i in range(2):
    t = threading.Thread(target=work, args=(i + 1,), name="worker-%d" % i)
    t.start()
    t.join()
print("main", ctx.calls)

try:
    threading.local(1)
except TypeError as e:
    print("TypeError:", e)
