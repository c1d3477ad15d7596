# contextlib.asynccontextmanager: an async generator as an async context manager, awaiting on entry and exit;
# and an async generator pipeline as the asyncio tutorials write one.
import asyncio
from contextlib import asynccontextmanager


async def connection_impl(name):
    await asyncio.sleep(0.1)
    print("connected", name)
    try:
        yield name + "-conn"
    except ValueError as e:
        print("connection saw", repr(e))
        raise
    finally:
        await asyncio.sleep(0.1)
        print("disconnected", name)


connection = asynccontextmanager(connection_impl)


async def produce(n):
    for i in range(n):
        await asyncio.sleep(0.05)
        yield i


async def square(source):
    async for x in source:
        yield x * x


async def keep_even(source):
    async for x in source:
        if x % 2 == 0:
            yield x


async def main():
    async with connection("db") as conn:
        print("using", conn)
    try:
        async with connection("cache"):
            raise ValueError("bad query")
    except ValueError as e:
        print("ValueError:", e)
    print([x async for x in keep_even(square(produce(6)))])
    loop = asyncio.get_running_loop()
    start = loop.time()
    results = await asyncio.gather(*[asyncio.create_task(collect(i)) for i in range(3)])
    print(results, round(loop.time() - start, 2))


async def collect(k):
    return [x async for x in produce(k + 1)]


asyncio.run(main())
