# Older tutorials decorate generator coroutines with @asyncio.coroutine, which Python 3.11 no longer has:
# CPython's "Did you mean" looks through dir(asyncio), which lists its submodules, and suggests 'coroutines'.
import asyncio

print("defining hello")


@asyncio.coroutine
def hello():
    print("Hello world!")
    r = yield from asyncio.sleep(1)
    print("Hello again!")


loop = asyncio.get_event_loop()
loop.run_until_complete(hello())
loop.close()
