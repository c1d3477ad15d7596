# The library's collections cross process boundaries by copy: a fork copies them, a Queue carries copies.
import multiprocessing
import os
from collections import Counter, OrderedDict, defaultdict, deque, namedtuple

Point = namedtuple('Point', 'x y')
state = {'counts': Counter('aab'), 'recent': deque([1, 2], maxlen=3), 'groups': defaultdict(list),
         'order': OrderedDict(b=1, a=2), 'origin': Point(0, 0)}


def child(queue):
    state['counts']['c'] += 5
    state['recent'].append(3)
    state['groups']['x'].append(1)
    queue.put((state['counts'], state['recent'], state['groups'], state['order'], Point(1, 2)))


if __name__ == '__main__':
    queue = multiprocessing.Queue()
    p = multiprocessing.Process(target=child, args=(queue,))
    p.start()
    counts, recent, groups, order, point = queue.get()
    p.join()
    print(counts, recent, groups, order, point, flush=True)
    print(type(counts).__name__, recent.maxlen, groups['new'], point.x, point == (1, 2), flush=True)
    print(state['counts'], state['recent'], dict(state['groups']), state['origin'], flush=True)
    pid = os.fork()
    if pid == 0:
        state['recent'].append('child')
        print('child sees', state['recent'], state['counts'].most_common(1), flush=True)
        os._exit(0)
    os.waitpid(pid, 0)
    print('parent keeps', state['recent'])
