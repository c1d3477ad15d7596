import asyncio


async def worker(name):
    try:
        print(name, 'working')
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print(name, 'cancelled, cleaning up')
        raise
    finally:
        print(name, 'finally')


async def stubborn():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        print('stubborn swallows the cancel')
    return 'kept going'


async def main():
    t = asyncio.create_task(worker('w1'))
    await asyncio.sleep(0.1)
    t.cancel('stop now')
    try:
        await t
    except asyncio.CancelledError as e:
        print('main saw', repr(e))
    s = asyncio.create_task(stubborn())
    await asyncio.sleep(0)
    s.cancel()
    print(await s, s.cancelled())
    background = asyncio.create_task(worker('left running'))
    await asyncio.sleep(0)
    print('main returns')

asyncio.run(main())
print('after run')
