import threading

def worker():
    pass
    
t = threading.Thread(target=worker, args=(arg,))
t.start()
