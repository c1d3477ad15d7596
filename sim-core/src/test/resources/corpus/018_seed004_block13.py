import asyncio

async def work_1():
    print('work_1 start')
    await asyncio.sleep(1)
    print('work_1 end')

async def work_2():
    print('work_2 start')
    await asyncio.sleep(2)
    print('work_2 end')

async def main():
    print('before await')
    await work_1()
    print('awaited work_1')
    await work_2()
    print('awaited work_2')

start = time.perf_counter()
asyncio.run(main())
print('used {}'.format(time.perf_counter() - start))
