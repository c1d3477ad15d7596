# A struct_time sent through a multiprocessing Queue arrives as a struct_time, with its zone; the tutorials'
# time.strftime('%H:%M:%S', time.localtime()) and tuple unpacking work on either side.
import time
from multiprocessing import Process, Queue


def child(q):
    t = q.get()
    print("child got", type(t).__name__, isinstance(t, tuple), t.tm_zone, t[:3])
    year, month, day = t[:3]
    q.put(time.localtime(time.mktime(t) + 86400))


if __name__ == "__main__":
    q = Queue()
    p = Process(target=child, args=(q,))
    p.start()
    q.put(time.gmtime(1700000000))
    p.join()
    back = q.get()
    print("parent got", back, back.tm_zone)
    print(time.strftime("%H:%M:%S", time.localtime(1700000000)), time.strftime("%Y-%m-%d", back))
