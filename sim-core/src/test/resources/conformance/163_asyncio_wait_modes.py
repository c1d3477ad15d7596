import asyncio


async def job(name, delay, fail=False):
    await asyncio.sleep(delay)
    if fail:
        raise KeyError(name)
    return name


def names(tasks):
    return sorted(t.get_name() for t in tasks)


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    tasks = [asyncio.create_task(job('a', 0.3), name='a'), asyncio.create_task(job('b', 0.1), name='b'),
             asyncio.create_task(job('c', 0.2, True), name='c')]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print('first completed', names(done), names(pending), round(loop.time() - t0, 2))
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_EXCEPTION)
    print('first exception', names(done), names(pending), round(loop.time() - t0, 2))
    print(repr(tasks[2].exception()))
    done, pending = await asyncio.wait(tasks)
    print('all', names(done), names(pending), round(loop.time() - t0, 2))

    slow = asyncio.create_task(job('slow', 5), name='slow')
    done, pending = await asyncio.wait([slow], timeout=0.5)
    print('timeout', names(done), names(pending), round(loop.time() - t0, 2), slow.done())
    slow.cancel()
    try:
        await asyncio.wait([])
    except ValueError as e:
        print('ValueError', e)
    try:
        await asyncio.wait_for(job('w', 2), timeout=0.5)
    except asyncio.TimeoutError:
        print('wait_for timed out at', round(loop.time() - t0, 1))
    print(await asyncio.wait_for(job('quick', 0.1), timeout=1))
    try:
        await asyncio.wait_for(job('bad', 0.1, True), timeout=1)
    except KeyError as e:
        print('wait_for raised', repr(e))
    print(asyncio.TimeoutError is TimeoutError)


asyncio.run(main())
