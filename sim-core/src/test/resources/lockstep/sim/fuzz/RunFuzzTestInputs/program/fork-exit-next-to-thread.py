import os, threading
def work():
    print("thread")
t = threading.Thread(target=work)
pid = os.fork()
if pid == 0:
    os._exit(0)
t.start()
t.join()
os.waitpid(pid, 0)
print("done")
