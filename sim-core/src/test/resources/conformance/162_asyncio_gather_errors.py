import asyncio


async def ok(n, delay):
    await asyncio.sleep(delay)
    print('ok', n)
    return n


async def boom(delay):
    await asyncio.sleep(delay)
    raise ValueError('boom after %s' % delay)


async def main():
    # An exception propagates at once; the other children keep running.
    a = asyncio.create_task(ok(1, 0.5))
    b = asyncio.create_task(boom(0.2))
    try:
        await asyncio.gather(a, b)
    except ValueError as e:
        print('gather raised', e, a.done())
    await a
    print('a after', a.result())

    # return_exceptions collects them in order.
    print(await asyncio.gather(ok(2, 0.1), boom(0.3), ok(3, 0.2), return_exceptions=True))

    # A cancelled child: CancelledError('') in the results, the outer not cancelled.
    c = asyncio.create_task(ok(4, 1))
    d = asyncio.create_task(ok(5, 0.1))
    g = asyncio.gather(c, d, return_exceptions=True)
    await asyncio.sleep(0.3)
    c.cancel()
    res = await g
    print(res, g.cancelled())

    # Without return_exceptions, a cancelled child makes gather raise CancelledError.
    e = asyncio.create_task(ok(6, 1))
    g2 = asyncio.gather(e)
    await asyncio.sleep(0)
    e.cancel()
    try:
        await g2
    except asyncio.CancelledError as err:
        print('gather cancelled:', repr(err))

    # Cancelling the gather cancels its children.
    f1 = asyncio.create_task(ok(7, 1))
    f2 = asyncio.create_task(ok(8, 2))
    g3 = asyncio.gather(f1, f2)
    await asyncio.sleep(0.1)
    print('cancel gather:', g3.cancel())
    try:
        await g3
    except asyncio.CancelledError:
        print('outer cancelled', f1.cancelled(), f2.cancelled(), g3.cancelled())
    print(await asyncio.gather())


asyncio.run(main())
