import asyncio


async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print('put', i, 'qsize', q.qsize(), 'full', q.full())
    print('producer done')


async def worker(q, name, log):
    while True:
        item = await q.get()
        await asyncio.sleep(0.1)
        log.append((name, item))
        q.task_done()


async def inner(log):
    try:
        await asyncio.sleep(5)
    except asyncio.CancelledError:
        log.append('inner cancelled by wait_for')
        raise


async def fails_later():
    await asyncio.sleep(0.1)
    raise ValueError('deep failure')


async def middle():
    return await fails_later()


async def main():
    q = asyncio.Queue(maxsize=2)
    print('maxsize', q.maxsize, q.empty())
    log = []
    workers = [asyncio.create_task(worker(q, 'w%d' % i, log)) for i in range(2)]
    await producer(q, 5)
    await q.join()
    print('joined', sorted(log), q.qsize())
    for w in workers:
        w.cancel()
    print(await asyncio.gather(*workers, return_exceptions=True))
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print('QueueEmpty')
    q2 = asyncio.Queue(1)
    q2.put_nowait('x')
    try:
        q2.put_nowait('y')
    except asyncio.QueueFull:
        print('QueueFull')
    try:
        q.task_done()
    except ValueError as e:
        print('ValueError', e)

    events = []
    try:
        await asyncio.wait_for(inner(events), 0.2)
    except asyncio.TimeoutError:
        print('timeout;', events)

    t = asyncio.create_task(middle())
    try:
        await t
    except ValueError as e:
        print('propagated:', e, t.done(), type(t.exception()).__name__)
    done, pending = await asyncio.wait([asyncio.create_task(middle()), asyncio.create_task(asyncio.sleep(1))],
                                       return_when=asyncio.FIRST_EXCEPTION)
    print(len(done), len(pending), [type(d.exception()).__name__ for d in done])
    for p in pending:
        p.cancel()

    lq = asyncio.LifoQueue()
    pq = asyncio.PriorityQueue()
    for v in [3, 1, 2]:
        lq.put_nowait(v)
        pq.put_nowait(v)
    print([lq.get_nowait() for _ in range(3)], [pq.get_nowait() for _ in range(3)])


asyncio.run(main())
