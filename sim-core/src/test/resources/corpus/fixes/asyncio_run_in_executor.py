import asyncio
import concurrent.futures
import threading
import time


def blocking(n):
    time.sleep(0.01 * n)
    if n == 3:
        raise ValueError('no %d' % n)
    return n * n, threading.current_thread().name


async def main():
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, blocking, 1))
    with concurrent.futures.ThreadPoolExecutor(max_workers=2, thread_name_prefix='pool') as pool:
        futures = [loop.run_in_executor(pool, blocking, n) for n in (2, 1)]
        print(type(futures[0]).__name__, asyncio.isfuture(futures[0]))
        print(await asyncio.gather(*futures))
        try:
            await loop.run_in_executor(pool, blocking, 3)
        except ValueError as e:
            print('ValueError:', e)
    original = concurrent.futures.Future()
    wrapped = asyncio.wrap_future(original)
    loop.call_later(0.01, original.set_result, 'done')
    print(await wrapped, wrapped.done())


asyncio.run(main())
