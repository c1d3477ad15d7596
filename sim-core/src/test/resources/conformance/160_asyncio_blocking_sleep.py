import asyncio
import time


async def blocking(name):
    print(name, 'start', round(time.perf_counter() - start, 1))
    time.sleep(1)
    print(name, 'end', round(time.perf_counter() - start, 1))


async def cooperative(name):
    print(name, 'start', round(time.perf_counter() - start, 1))
    await asyncio.sleep(1)
    print(name, 'end', round(time.perf_counter() - start, 1))


async def main(work):
    await asyncio.gather(work('a'), work('b'), work('c'))


start = time.perf_counter()
asyncio.run(main(blocking))
print('time.sleep: {:.1f} s'.format(time.perf_counter() - start))
start = time.perf_counter()
asyncio.run(main(cooperative))
print('asyncio.sleep: {:.1f} s'.format(time.perf_counter() - start))
