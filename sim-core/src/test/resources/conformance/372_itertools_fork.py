# A fork copies itertools' endless iterators at their position and operator's callables, as CPython's fork copies memory.
import os, itertools, operator
ids = itertools.count(100)
rr = itertools.cycle('ab')
rep = itertools.repeat(0, 2)
g = operator.itemgetter(1)
m = operator.methodcaller('upper')
print(next(ids), next(rr), flush=True)
pid = os.fork()
if pid == 0:
    print('child', next(ids), next(rr), list(rep), g('xy'), m('q'), ids, flush=True)
    os._exit(0)
os.waitpid(pid, 0)
print('parent', next(ids), next(rr), ids)
