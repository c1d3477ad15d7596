import asyncio


async def sleeper(name, delay):
    await asyncio.sleep(delay)
    print(name, 'woke')


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0.3, print, 'timer 0.3')
    a = asyncio.create_task(sleeper('a', 0.2))
    b = asyncio.create_task(sleeper('b', 0.1))
    c = asyncio.create_task(sleeper('c', 0.2))
    loop.call_soon(print, 'soon')
    await asyncio.gather(a, b, c)

asyncio.run(main())
