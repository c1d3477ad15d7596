# gevent is not installed here: the expected output follows gevent's documented hub order (spawned greenlets
# start in FIFO order when the current one sleeps, joins or blocks; sleep(0) queues the sleeper behind them).
import gevent


def task(name, n):
    for i in range(n):
        print(name, i)
        gevent.sleep(0)
    return name * n


jobs = [gevent.spawn(task, 'a', 3), gevent.spawn(task, 'b', 3), gevent.spawn(task, 'c', 2)]
print('spawned', len(jobs), [job.dead for job in jobs])
done = gevent.joinall(jobs)
print('joined', len(done), [job.dead for job in jobs])
print([job.value for job in jobs])


def foo():
    print('Running in foo')
    gevent.sleep(0)
    print('Explicit context switch to foo again')


def bar():
    print('Explicit context to bar')
    gevent.sleep(0)
    print('Implicit context switch back to bar')


gevent.joinall([gevent.spawn(foo), gevent.spawn(bar)])
print('main sleeps')
g = gevent.spawn(print, 'runs while main sleeps')
gevent.sleep(0)
print('main is back', g.dead, g.successful())
