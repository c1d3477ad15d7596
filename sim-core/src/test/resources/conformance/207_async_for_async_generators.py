# async for over async generators (as the tutorials write them) and over classes with __aiter__/__anext__;
# async generators that await inside; asend, athrow and aclose; async with in its forms.
import asyncio


async def fetch_pages(urls):
    for url in urls:
        await asyncio.sleep(0.1)
        yield "<html>%s</html>" % url
    print("fetch_pages finished")


async def crawler():
    async for page in fetch_pages(["a.com", "b.com", "c.com"]):
        print("got", page)
    else:
        print("async for else")


class Ticker:
    def __init__(self, delay, to):
        self.delay = delay
        self.i = 0
        self.to = to

    def __aiter__(self):
        return self

    async def __anext__(self):
        i = self.i
        if i >= self.to:
            raise StopAsyncIteration
        self.i += 1
        if i:
            await asyncio.sleep(self.delay)
        return i


async def tick_printer():
    async for i in Ticker(0.05, 3):
        print("tick", i)


async def numbers():
    try:
        value = yield 1
        print("numbers received", value)
        yield 2
        yield 3
    finally:
        print("numbers cleaned up")


class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        await asyncio.sleep(0.01)
        print("enter", self.name)
        return self.name.upper()

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0.01)
        print("exit", self.name, exc_type.__name__ if exc_type else None)
        return self.suppress


async def main():
    await asyncio.gather(crawler(), tick_printer())
    gen = numbers()
    print(type(gen).__name__, gen.__name__)
    print(await gen.asend(None))
    print(await gen.asend("hello"))
    try:
        await gen.athrow(ValueError("stop"))
    except ValueError as e:
        print("athrow came back:", e)
    try:
        await anext(gen)
    except StopAsyncIteration:
        print("StopAsyncIteration after the throw")
    gen = numbers()
    print(await anext(gen))
    await gen.aclose()
    print(await anext(gen, "closed"))
    it = numbers()
    async for n in it:
        if n == 2:
            print("breaking")
            break
    await it.aclose()
    stepper = numbers()
    step = stepper.__anext__()
    print(await step)
    try:
        await step
    except RuntimeError as e:
        print("RuntimeError:", e)
    await stepper.aclose()
    async with Resource("a") as a, Resource("b") as b:
        print("inside", a, b)
    async with (Resource("c") as c, Resource("d")):
        print("inside", c)
    async with Resource("e", suppress=True):
        raise KeyError("swallowed")
    try:
        async with Resource("f"):
            raise KeyError("propagates")
    except KeyError as e:
        print("KeyError:", e)
    try:
        for x in numbers():
            pass
    except TypeError as e:
        print("TypeError:", e)
    try:
        async for x in [1, 2]:
            pass
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
