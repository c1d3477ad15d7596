import asyncio


async def work_1():
    # 4、work_1获得控制权
    print('work_1 start')
    # 5、交出了控制权，等待asyncio.sleep运行完毕
    await asyncio.sleep(1)
    # 8、asyncio.sleep 完成，work_1获得控制权
    print('work_1 end')


async def work_2():
    # 6、work_2获得控制权
    print('work_2 start')
    # 7、交出了控制权，等待asyncio.sleep运行完毕，没有可执行的事件，事件调度器进入等待
    await asyncio.sleep(2)
    # 11、asyncio.sleep 完成，work_2获得控制权
    print('work_2 end')


async def main():
    # 2、创建任务，并加入事件循环中。
    task1=asyncio.create_task(work_1())
    task2=asyncio.create_task(work_2())
    print('before await')
    # 3、main交出控制权，事件调度器调度task1执行，等待task1完成
    await task1
    # 9、task1完成，main获得控制权
    print('awaited work_1')
    # 10、等待task2完成
    await task2
    # 12、task2完成，main获得控制权
    print('awaited work_2')

# 1、程序进入main函数，启动事件循环。
start = time.perf_counter()
asyncio.run(main())
print('used {}'.format(time.perf_counter() - start))
