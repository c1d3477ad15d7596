def outer():
    log = []
    level = 0
    def middle():
        nonlocal level
        level += 1
        def inner():
            nonlocal level
            level += 10
            log.append(level)
        inner()
        inner()
        return level
    result = middle()
    return result, level, log

print(outer())

def make_toggle():
    state = False
    def toggle():
        nonlocal state
        state = not state
        return state
    return toggle

t = make_toggle()
print([t() for _ in range(4)])

def counter_factory(start=0, step=1):
    value = start - step
    def nxt():
        nonlocal value
        value += step
        return value
    return nxt

by_five = counter_factory(100, 5)
print(by_five(), by_five(), by_five())
