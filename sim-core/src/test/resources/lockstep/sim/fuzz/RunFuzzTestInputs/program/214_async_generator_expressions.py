import asyncio

async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i

async def double(x):
    await asyncio.sleep(0)
    return 2 * x

def make(n):
    return (i * 10 async for i in agen(n))

async def main():
    g = (i * i async for i in agen(4) if i % 2 == 0)
    print(type(g).__name__)
    print([x async for x in g])
    h = (await double(i) for i in range(3))
    print([x async for x in h])
    print([x async for x in make(3)])
    async for v in (await double(i) for i in [5, 6]):
        print(v)

asyncio.run(main())
