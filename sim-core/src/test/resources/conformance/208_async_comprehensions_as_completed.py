# Async comprehensions, aiter/anext, asyncio.as_completed, asyncio.wait refusing bare coroutines, and the reprs
# of tasks, futures and coroutines as CPython prints them.
import asyncio


async def agen(n):
    for i in range(n):
        await asyncio.sleep(0.01)
        yield i


async def double(x):
    await asyncio.sleep(0.01)
    return x * 2


async def work(name, delay):
    await asyncio.sleep(delay)
    return "%s after %.1f s" % (name, delay)


async def comprehensions():
    print([x async for x in agen(4)])
    print([x async for x in agen(6) if x % 2])
    print({x async for x in agen(3)})
    print({x: await double(x) async for x in agen(3)})
    print([await double(x) for x in range(3)])
    print([(x, y) async for x in agen(2) for y in "ab"])
    print([y for x in range(2) async for y in agen(x + 1)])
    it = aiter(agen(2))
    print(type(it).__name__, await anext(it), await anext(it), await anext(it, "end"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("StopAsyncIteration")


async def completed_in_order():
    tasks = [asyncio.create_task(work(name, delay)) for name, delay in [("slow", 0.3), ("fast", 0.1), ("mid", 0.2)]]
    for next_done in asyncio.as_completed(tasks):
        print("as_completed:", await next_done)
    coros = [work("a", 0.2), work("b", 0.1)]
    results = []
    for next_done in asyncio.as_completed(coros):
        results.append(await next_done)
    print(results)
    try:
        for next_done in asyncio.as_completed([work("late", 1.0)], timeout=0.5):
            await next_done
    except asyncio.TimeoutError:
        print("as_completed timed out")
    bare = work("x", 0)
    try:
        asyncio.as_completed(bare)
    except TypeError as e:
        print("TypeError:", e)
    bare.close()


async def waiting():
    coro = work("bare", 0)
    try:
        await asyncio.wait([coro])
    except TypeError as e:
        print("TypeError:", e)
    coro.close()
    task = asyncio.create_task(work("task", 0.1))
    done, pending = await asyncio.wait([task])
    print(len(done), len(pending), task.result())


def shown(obj):
    # The coroutine's file as CPython names it (the script's full path) is shown as prog.py.
    text = repr(obj)
    at = text.find(" at ")
    py = text.find(".py:", at)
    return text[:at + 4] + "prog" + text[py:] if at >= 0 and py >= 0 else text


async def spin():
    await asyncio.sleep(0.1)
    return 42


async def reprs():
    task = asyncio.create_task(spin())
    print(shown(task))
    print(type(task), type(asyncio.get_running_loop().create_future()))
    await asyncio.sleep(0)
    print(shown(task))
    await task
    print(shown(task))
    doomed = asyncio.create_task(spin())
    doomed.cancel()
    try:
        await doomed
    except asyncio.CancelledError:
        print(shown(doomed))
    future = asyncio.get_running_loop().create_future()
    print(future)
    future.set_result([1, 2])
    print(future)
    c = spin()
    print(repr(c).startswith("<coroutine object spin at 0x"))
    c.close()
    g = agen(1)
    print(repr(g).startswith("<async_generator object agen at 0x"))


async def main():
    await comprehensions()
    await completed_in_order()
    await waiting()
    await reprs()


asyncio.run(main())
