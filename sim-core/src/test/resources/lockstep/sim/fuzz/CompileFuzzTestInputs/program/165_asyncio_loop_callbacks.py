import asyncio


def cb(name, loop, t0):
    print('callback', name, round(loop.time() - t0, 2))


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    loop.call_later(0.2, cb, 'later 0.2', loop, t0)
    loop.call_later(0.1, cb, 'later 0.1', loop, t0)
    loop.call_soon(cb, 'soon 1', loop, t0)
    loop.call_later(0.1, cb, 'later 0.1 again', loop, t0)
    h = loop.call_later(0.15, cb, 'cancelled', loop, t0)
    loop.call_soon(cb, 'soon 2', loop, t0)
    h.cancel()
    print('scheduled', h.cancelled())
    await asyncio.sleep(0)
    print('after one turn')
    r = await asyncio.sleep(0.5, result='slept')
    print(r, round(loop.time() - t0, 2))

    fut = loop.create_future()
    fut.add_done_callback(lambda f: print('done callback', f.result()))
    loop.call_later(0.1, fut.set_result, 42)
    print('future says', await fut)

    task = asyncio.create_task(asyncio.sleep(0.1, 'task result'))
    task.add_done_callback(lambda t: print('task callback', t.result(), t.done()))
    print(task.done(), task.cancelled())
    print(await task, task.done(), task.exception())

    async def fails():
        raise RuntimeError('nope')

    t = asyncio.ensure_future(fails())
    await asyncio.sleep(0)
    print(t.done(), repr(t.exception()))
    try:
        t.result()
    except RuntimeError as e:
        print('result raised', e)

    c = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    print(c.cancel(), c.cancel())
    try:
        await c
    except asyncio.CancelledError as e:
        print('awaiting a cancelled task raises', repr(e), c.cancelled())
    print(asyncio.current_task().get_name(), type(fut).__name__)


asyncio.run(main())
