# The messages of heapq's and bisect's C accelerators for wrong arguments, and bisect on other sequences.
import heapq, bisect
def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__ + ':', e)
attempt('push one', lambda: heapq.heappush([]))
attempt('pop none', lambda: heapq.heappop())
attempt('heapify kw', lambda: heapq.heapify(x=[]))
attempt('nlargest', lambda: heapq.nlargest(2))
attempt('bisect none', lambda: bisect.bisect())
attempt('bisect many', lambda: bisect.bisect([1], 1, 0, 1, 5))
attempt('bisect kw', lambda: bisect.bisect_left([1, 2, 3], 2, hi=1))
attempt('bisect str', lambda: bisect.bisect('ace', 'b'))
attempt('insort tuple', lambda: bisect.insort((1, 2), 1))
attempt('bisect key', lambda: bisect.bisect([('a', 1)], 1, key=lambda p: p[1]))
attempt('bisect names', lambda: bisect.bisect_right(a=[1, 5], x=3))
attempt('bisect lo', lambda: bisect.bisect_right([1, 5], 3, lo='x'))
attempt('bisect', lambda: bisect.bisect)
attempt('heappushpop empty', lambda: heapq.heappushpop([], 3))
attempt('compare', lambda: heapq.heappush([1], 'a'))
