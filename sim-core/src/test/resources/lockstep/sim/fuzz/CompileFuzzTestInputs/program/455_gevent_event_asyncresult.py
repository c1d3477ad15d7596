# gevent is not installed here: the expected output follows gevent's documented hub order and gevent.event
# (Event.set wakes every waiter, in the order they came; AsyncResult.get waits for the value).
import gevent
from gevent.event import Event, AsyncResult

evt = Event()


def setter():
    print('A: Hey wait for me, I have to do something')
    gevent.sleep(3)
    print("Ok, I'm done")
    evt.set()


def waiter():
    print("I'll wait for you")
    evt.wait()
    print("It's about time")


gevent.joinall([
    gevent.spawn(setter),
    gevent.spawn(waiter),
    gevent.spawn(waiter),
    gevent.spawn(waiter),
])
print(evt.is_set())

a = AsyncResult()


def set_later():
    gevent.sleep(1)
    a.set('Hello!')


def wait_for_it():
    print(a.get())


gevent.joinall([gevent.spawn(set_later), gevent.spawn(wait_for_it)])
print(a.ready(), a.successful(), a.value)

flag = Event()
print(flag.wait(timeout=0.5))
