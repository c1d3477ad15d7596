import asyncio
import random


async def consumer(queue, id):
    while True:
        val = await queue.get()
        print('consumer {} consume {}'.format(id, val))
        await asyncio.sleep(1)


async def producer(queue, id):
    for i in range(5):
        val = random.randint(1, 10)
        await queue.put(val)
        print('producer {} produce {}'.format(id, val))
        await asyncio.sleep(1)


async def main():
    queue = asyncio.Queue()
    consumer1 = asyncio.create_task(consumer(queue, 1))
    consumer2 = asyncio.create_task(consumer(queue, 2))
    producer3 = asyncio.create_task(producer(queue, 1))
    producer4 = asyncio.create_task(producer(queue, 2))

    await asyncio.sleep(15)
    consumer1.cancel()
    consumer2.cancel()
    results = await asyncio.gather(consumer1, consumer2, producer3, producer4, return_exceptions=True)
    print(results)
    print(consumer1.cancelled(), producer3.done(), queue.qsize())

random.seed(4)
asyncio.run(main())
