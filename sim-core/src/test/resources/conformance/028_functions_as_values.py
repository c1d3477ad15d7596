def shout(s):
    return s.upper() + "!"

def whisper(s):
    return s.lower() + "..."

def apply(fn, value):
    return fn(value)

for fn in [shout, whisper]:
    print(apply(fn, "Hello"))

speak = shout
print(speak("aliased"))
print(speak is shout, speak is whisper)

def compose(f, g):
    return lambda x: f(g(x))

inc_then_double = compose(lambda x: x * 2, lambda x: x + 1)
print(inc_then_double(5))

handlers = {"up": shout, "down": whisper}
print(handlers["down"]("QUIET"))

def call_n(fn, n):
    results = []
    for i in range(n):
        results.append(fn(i))
    return results

print(call_n(lambda i: i ** 2, 5))
print([str(n) for n in [1, 2, 3]])
