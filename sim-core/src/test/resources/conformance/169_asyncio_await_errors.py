import asyncio


async def f():
    return 1


async def main():
    try:
        await 5
    except TypeError as e:
        print('TypeError:', e)
    c = f()
    print(await c)
    try:
        await c
    except RuntimeError as e:
        print('RuntimeError:', e)
    try:
        asyncio.ensure_future(42)
    except TypeError as e:
        print('TypeError:', e)
    try:
        asyncio.run(f())
    except RuntimeError as e:
        print('RuntimeError:', e)
    fut = asyncio.get_running_loop().create_future()
    try:
        fut.result()
    except asyncio.InvalidStateError as e:
        print('InvalidStateError:', e)
    fut.set_result(3)
    print(fut.done(), fut.result(), await fut)
    print(asyncio.iscoroutine(c), asyncio.iscoroutinefunction(f), asyncio.iscoroutinefunction(print))
    t = asyncio.create_task(f(), name='custom')
    print(t.get_name(), await t)


try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print('RuntimeError:', e)
asyncio.run(main())
try:
    asyncio.run(5)
except ValueError as e:
    print('ValueError:', e)
