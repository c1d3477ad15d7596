import os
a = [1]
a.append(a)
pid = os.fork()
if pid == 0:
    print("child", a[1] is a)
    os._exit(0)
os.waitpid(pid, 0)
print("parent", a[1] is a)
