# heapq: a min-heap in a list, a priority queue of (priority, task) tuples, nlargest and nsmallest.
import heapq

heap = []
for value in [5, 7, 9, 1, 3]:
    heapq.heappush(heap, value)
print(heap, heap[0])
print([heapq.heappop(heap) for _ in range(len(heap))], heap)
nums = [19, 9, 4, 10, 11, 8, 2]
heapq.heapify(nums)
print(nums)
print(heapq.heapreplace(nums, 6), nums)
print(heapq.heappushpop(nums, 1), heapq.heappushpop(nums, 30), nums)
tasks = []
heapq.heappush(tasks, (2, 'write code'))
heapq.heappush(tasks, (5, 'release'))
heapq.heappush(tasks, (1, 'write spec'))
heapq.heappush(tasks, (3, 'test'))
while tasks:
    priority, task = heapq.heappop(tasks)
    print(priority, task)
scores = {'ann': 88, 'bob': 95, 'cid': 70, 'dee': 95, 'eve': 60}
print(heapq.nlargest(3, scores, key=scores.get), heapq.nsmallest(2, scores.items(), key=lambda kv: kv[1]))
print(heapq.nlargest(2, [3, 1, 4, 1, 5]), heapq.nsmallest(10, [3, 1]), heapq.nlargest(0, [1]), heapq.nsmallest(1, []))
for label, action in [('empty pop', lambda: heapq.heappop([])), ('empty replace', lambda: heapq.heapreplace([], 1)),
                      ('not a list', lambda: heapq.heappush((), 1)), ('mixed', lambda: heapq.heapify([1, 'a']))]:
    try:
        action()
    except (IndexError, TypeError) as e:
        print(label, type(e).__name__ + ':', e)
print(heapq.heappushpop([], 4))
print(list(heapq.merge([1, 3, 5], [2, 3, 6], [0])))
print(list(heapq.merge(['b', 'dd'], ['a', 'ccc'], key=len)))
print(list(heapq.merge([5, 3, 1], [4, 3, 0], reverse=True)))
print(list(heapq.merge([(1, 'x')], [(1, 'y')], key=lambda p: p[0])), list(heapq.merge()))
m = heapq.merge(iter([1, 2]), [1.0])
print(next(m), next(m), list(m))
