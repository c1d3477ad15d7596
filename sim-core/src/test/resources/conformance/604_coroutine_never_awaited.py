# A coroutine called without await and dropped at once is finalized there, unstarted, and CPython 3.11 warns:
# RuntimeWarning: coroutine 'f' was never awaited, once per line (the default filter). Shown here through a
# showwarning that prints them; the awaited coroutines around them run as usual.
import asyncio
import warnings


def show(message, category, filename, lineno, file=None, line=None):
    # CPython names __main__'s file by its absolute path: the file's own name keeps this output portable.
    print(warnings.formatwarning(message, category, filename.split("/")[-1], lineno, line), end="")


warnings.showwarning = show


async def fetch(n):
    print("fetching", n)
    await asyncio.sleep(0.1)
    return n * 2


async def main():
    asyncio.sleep(1)
    print("the sleep above never ran")
    for i in range(3):
        fetch(i)
    print(await fetch(5))
    kept = fetch(6)
    print(await kept)


fetch(0)
print("before run")
asyncio.run(main())
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    fetch(7)
print("end")
