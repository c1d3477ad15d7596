# gevent is not installed here: the expected output follows gevent's documented hub order and Greenlet API
# (value, ready(), successful(), exception, get(), join(), Greenlet(f).start(), subclasses overriding _run).
import gevent
from gevent import Greenlet


def win():
    return 'You win!'


def fail():
    raise Exception('You fail at failing.')


winner = gevent.spawn(win)
loser = gevent.spawn(fail)
print(winner.started)
print(loser.started)
try:
    gevent.joinall([winner, loser])
except Exception as e:
    print('This will never be reached')
print(winner.value)
print(loser.value)
print(winner.ready())
print(loser.ready())
print(winner.successful())
print(loser.successful())
print(loser.exception)
print(winner.started, winner.dead, bool(winner))
try:
    loser.get()
except Exception as e:
    print('get() raises', type(e).__name__, e)


def square(x):
    gevent.sleep(0.1)
    return x * x


g = Greenlet(square, 7)
print('before start', g.started, g.dead)
g.start()
print('after start', g.started, g.dead)
print('get', g.get())
print('after get', g.started, g.dead, g.value)


class Hello(Greenlet):
    def __init__(self, message):
        Greenlet.__init__(self)
        self.message = message

    def _run(self):
        print(self.message)
        return len(self.message)


h = Hello('Hi there!')
h.start()
h.join()
print('joined', h.value, isinstance(h, Greenlet))
print(gevent.getcurrent() is not h)


def who():
    return gevent.getcurrent()


w = gevent.spawn(who)
print(w.get() is w)
