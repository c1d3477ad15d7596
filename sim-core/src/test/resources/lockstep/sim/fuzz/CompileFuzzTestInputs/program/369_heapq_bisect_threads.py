# heappush and insort from several threads without a lock: each is one call into C in CPython, so no push is lost
# and the heap and the sorted list stay valid however the threads interleave.
import bisect
import heapq
import threading

heap = []
ordered = []


def worker(n):
    for i in range(40):
        value = (i * 7 + n * 13) % 100
        heapq.heappush(heap, (value, n, i))
        bisect.insort(ordered, value)


threads = [threading.Thread(target=worker, args=(n,)) for n in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
popped = [heapq.heappop(heap) for _ in range(len(heap))]
print(len(popped), popped == sorted(popped), popped[:3], popped[-1])
print(len(ordered), ordered == sorted(ordered), ordered[:5], ordered[-3:])
