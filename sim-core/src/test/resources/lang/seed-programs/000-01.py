import multiprocessing

def worker(n):
    pass
    
p = multiprocessing.Process(target=worker, args=(n,))
p.start()
