def hello(name):
    from os import getpid
    import random, time
    time.sleep(random.randint(1, 5))
    print(f'hello {name}, I am {getpid()}')


from multiprocessing import get_context

if __name__ == '__main__':
    context = get_context('spawn')
    # 或直接multiprocessing.Process 通过默认方式创建进程
    process1 = context.Process(target=hello, args=('martin',))
    process2 = context.Process(target=hello, args=('martin',))
    for p in [process1, process2]:
        p.start()
    for p in [process1, process2]:
        p.join()
