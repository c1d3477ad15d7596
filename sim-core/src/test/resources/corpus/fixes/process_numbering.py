import multiprocessing


def show():
    print(multiprocessing.current_process().name)


if __name__ == '__main__':
    named = multiprocessing.Process(name='named', target=show)
    unnamed = multiprocessing.Process(target=show)
    print(named.name, unnamed.name)
    named.start()
    named.join()
    unnamed.start()
    unnamed.join()
    pool = multiprocessing.Pool(2)
    print(sorted(p.name for p in multiprocessing.active_children()))
    pool.close()
    pool.join()
    manager = multiprocessing.Manager()
    print(sorted(p.name for p in multiprocessing.active_children()))
    manager.shutdown()
    print(multiprocessing.Process(target=show).name)
