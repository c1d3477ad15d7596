# loop.add_signal_handler: a signal schedules the callback on the event loop, even while the loop waits for
# nothing in particular (a graceful shutdown on SIGTERM, as servers do).
import asyncio
import os
import signal


async def main():
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    received = []

    def on_signal(name):
        received.append(name)
        print("signal", name, "in the loop")
        if name == "SIGTERM":
            stop.set()

    loop.add_signal_handler(signal.SIGUSR1, on_signal, "SIGUSR1")
    loop.add_signal_handler(signal.SIGTERM, on_signal, "SIGTERM")

    async def sender():
        await asyncio.sleep(0.2)
        os.kill(os.getpid(), signal.SIGUSR1)
        await asyncio.sleep(0.2)
        os.kill(os.getpid(), signal.SIGTERM)

    task = asyncio.create_task(sender())
    print("waiting for SIGTERM")
    await stop.wait()
    await task
    print("stopped after", received)
    print(loop.remove_signal_handler(signal.SIGUSR1), loop.remove_signal_handler(signal.SIGUSR1))
    print(signal.getsignal(signal.SIGUSR1) == signal.SIG_DFL)
    try:
        loop.add_signal_handler(signal.SIGUSR2, main)
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
