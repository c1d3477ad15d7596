# A loop closed while tasks it made are still pending: nothing can run them again, and CPython destroys them as the
# interpreter exits (after the atexit functions), reporting each through the loop's exception handler as "Task was
# destroyed but it is pending!". The handler here prints what it is given.
import asyncio
import atexit


def portable(text):
    # CPython writes __main__'s file with its absolute path: the file's own name keeps this output portable.
    head, sep, tail = text.partition("defined at ")
    return head + sep + tail.split("/")[-1]


def handler(loop, context):
    print("handler:", context["message"])
    print("  task:", portable(repr(context["task"])))
    print("  loop closed:", loop.is_closed(), "done:", context["task"].done())


async def ticker(name, period):
    while True:
        await asyncio.sleep(period)
        print("tick", name)


async def short():
    await asyncio.sleep(0.05)
    print("short done")


async def main():
    asyncio.create_task(ticker("a", 0.1))
    asyncio.ensure_future(ticker("b", 0.25))
    asyncio.create_task(short())
    await asyncio.sleep(0.3)
    print("main done")


atexit.register(print, "atexit function")
loop = asyncio.new_event_loop()
loop.set_exception_handler(handler)
loop.run_until_complete(main())
loop.close()
print("end of the program")
