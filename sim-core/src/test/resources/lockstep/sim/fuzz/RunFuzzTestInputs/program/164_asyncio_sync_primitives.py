import asyncio

counter = 0


async def incr(lock, name):
    global counter
    async with lock:
        v = counter
        await asyncio.sleep(0.01)
        counter = v + 1
        print(name, 'wrote', counter)


async def waiter(event, name):
    print(name, 'waits')
    await event.wait()
    print(name, 'woke')


async def limited(sem, name):
    async with sem:
        print(name, 'in', sem.locked())
        await asyncio.sleep(0.1)
    print(name, 'out')


async def consumer(cond, items, name):
    async with cond:
        await cond.wait_for(lambda: len(items) > 0)
        print(name, 'got', items.pop(0))


async def main():
    lock = asyncio.Lock()
    await asyncio.gather(*[incr(lock, 'T%d' % i) for i in range(3)])
    print('counter', counter, lock.locked())

    event = asyncio.Event()
    ws = [asyncio.create_task(waiter(event, 'w%d' % i)) for i in range(2)]
    await asyncio.sleep(0.1)
    print('set', event.is_set())
    event.set()
    await asyncio.gather(*ws)

    sem = asyncio.Semaphore(2)
    await asyncio.gather(*[limited(sem, 's%d' % i) for i in range(4)])

    bsem = asyncio.BoundedSemaphore(1)
    try:
        bsem.release()
    except ValueError as e:
        print('ValueError', e)

    cond = asyncio.Condition()
    items = []
    cs = [asyncio.create_task(consumer(cond, items, 'c%d' % i)) for i in range(2)]
    await asyncio.sleep(0)
    async with cond:
        items.append('x')
        items.append('y')
        cond.notify_all()
    await asyncio.gather(*cs)
    try:
        lock.release()
    except RuntimeError as e:
        print('RuntimeError', e)


asyncio.run(main())
