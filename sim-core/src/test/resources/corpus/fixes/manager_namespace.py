import multiprocessing


def child(ns):
    ns.total = ns.start + 1
    ns.names = ns.names + ['child']
    del ns.start


if __name__ == '__main__':
    with multiprocessing.Manager() as manager:
        ns = manager.Namespace(start=41, names=[])
        print(ns)
        try:
            ns.missing
        except AttributeError as e:
            print('AttributeError:', e)
        p = multiprocessing.Process(target=child, args=(ns,))
        p.start()
        p.join()
        print(ns.total, ns.names, str(ns))
        ns._local = 'proxy only'
        print(ns._local, ns)
