import threading
flag = False
def spin():
    while not flag:
        pass
t = threading.Thread(target=spin)
t.start()
t.join()
