# gevent is not installed here: the expected output follows gevent's documented Timeout (raised in the greenlet
# that started it, where it waits; Timeout(s, False) leaves its with block silently) and hub order.
import gevent
from gevent import Timeout

timeout = Timeout(2)
timeout.start()


def wait():
    gevent.sleep(10)


try:
    gevent.spawn(wait).join()
except Timeout as t:
    print('Could not complete', t is timeout, t)


def slow(n):
    gevent.sleep(n)
    return n


with Timeout(5, False):
    print(gevent.spawn(slow, 1).get())
    print(gevent.spawn(slow, 10).get())
print('after the silent timeout')

try:
    with Timeout(1):
        gevent.sleep(3)
except Timeout as t:
    print('Timeout:', t)


class TooLong(Exception):
    pass


try:
    with Timeout(0.5, TooLong):
        gevent.sleep(1)
except TooLong:
    print('TooLong')

g = gevent.spawn(slow, 3)
try:
    g.get(timeout=1)
except Timeout as t:
    print('get timed out:', t)
print(g.dead)
g.join()
print(g.dead, g.value)
print(gevent.with_timeout(2, slow, 1))
