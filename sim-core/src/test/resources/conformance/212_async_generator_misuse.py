# An async generator is not an iterator: next(), list(), yield from and send refuse it as CPython does.
import asyncio
async def agen():
    yield 1
def g():
    yield from agen()
a = agen()
for attempt in (lambda: next(a), lambda: list(a), lambda: list(g()), lambda: a.send(None)):
    try:
        attempt()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
async def main():
    print(await a.__anext__())
asyncio.run(main())
