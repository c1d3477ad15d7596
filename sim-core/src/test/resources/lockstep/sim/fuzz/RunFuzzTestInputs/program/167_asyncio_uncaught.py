import asyncio


async def inner():
    await asyncio.sleep(0.1)
    return {}['missing']


async def main():
    print('start')
    await inner()

asyncio.run(main())
