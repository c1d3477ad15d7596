import time
from multiprocessing import Pool

def hello(name):
    from os import getpid
    import time
    time.sleep(2)
    return f'hello {name}, I am {getpid()}'


def test_map(pool, names):
    start = time.perf_counter()
    # 返回的结果是和iterable的顺序相同
    # map是同步方法，直到其结果返回才会进行下一行代码
    print("print map result")
    print(pool.map(func=hello, iterable=names))
    end = time.perf_counter()
    print(f"Used :{end-start}")


def test_map_async(pool, names):
    """异步执行map"""
    start = time.perf_counter()
    # map_async命令下发后，会立即返回，不会在该处阻塞
    result = pool.map_async(func=hello, iterable=names)
    print("print map_async result")
    # 获取结果时会阻塞，查看源码map_async和map的区别在于，map中调用了get方法
    print(result.get())
    end = time.perf_counter()
    print(f"Used :{end-start}")


def test_imap_unordered(pool, names):
    """map_async的乱序版本"""
    start = time.perf_counter()
    # 乱序执行
    result = pool.imap_unordered(func=hello, iterable=names)
    for r in result:
        print(r)
    end = time.perf_counter()
    print(f"Used :{end-start}")


def test_apply(pool, names):
    """同步执行apply，apply函数只使用一个核，因此其耗时因此是单个耗时*len(names)"""
    start = time.perf_counter()
    print("print apply")
    result = [pool.apply(func=hello, args=(name,)) for name in names]
    print(result)
    end = time.perf_counter()
    print(f"Used :{end-start}")


def test_apply_async(pool, names):
    """异步执行apply方法"""
    start = time.perf_counter()
    print("print apply async")
    # 异步执行
    result = [pool.apply_async(func=hello, args=(name,)) for name in names]
    for r in result:
        print(r.get())
    end = time.perf_counter()
    print(f"Used :{end-start}")


if __name__ == '__main__':
    with Pool(processes=4) as pool:
        names = ['martin', 'ana', 'liming', 'Kev']
        test_map(pool, names)
        test_map_async(pool, names)
        test_imap_unordered(pool, names)
        test_apply(pool, names)
        test_apply_async(pool, names)
