# Generator-based coroutines as the tutorials teach them: the producer hands each item to the consumer with
# send(), and the consumer hands its answer back through yield.
def consumer():
    r = ''
    while True:
        n = yield r
        if not n:
            return
        print('[CONSUMER] Consuming %s...' % n)
        r = '200 OK'


def produce(c):
    c.send(None)
    n = 0
    while n < 5:
        n = n + 1
        print('[PRODUCER] Producing %s...' % n)
        r = c.send(n)
        print('[PRODUCER] Consumer return: %s' % r)
    c.close()


c = consumer()
produce(c)


def averager():
    total = 0.0
    count = 0
    average = None
    while True:
        term = yield average
        total += term
        count += 1
        average = total / count


avg = averager()
next(avg)
for value in [10, 30, 5]:
    print("average now", avg.send(value))


def coroutine(func):
    def start(*args, **kwargs):
        cr = func(*args, **kwargs)
        next(cr)
        return cr
    return start


def grep(pattern, target):
    print("looking for", pattern)
    try:
        while True:
            line = yield
            if pattern in line:
                target.send(line)
    except GeneratorExit:
        print("grep closing")
        target.close()


def printer():
    try:
        while True:
            line = yield
            print("match:", line)
    except GeneratorExit:
        print("printer closing")


sink = coroutine(printer)()
g = coroutine(grep)("python", sink)
for line in ["python generators", "no match here", "coroutines in python"]:
    g.send(line)
g.close()


def task(name, steps):
    for i in range(steps):
        print(name, "step", i)
        yield


def round_robin(tasks):
    while tasks:
        current = tasks.pop(0)
        try:
            next(current)
            tasks.append(current)
        except StopIteration:
            print("task finished")


round_robin([task("A", 2), task("B", 3), task("C", 1)])
