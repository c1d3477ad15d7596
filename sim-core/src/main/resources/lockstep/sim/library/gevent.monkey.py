# gevent.monkey for the scenario language: patch_all() makes time.sleep and sim.io switch to the hub instead of
# blocking the thread, as gevent's patched time.sleep does. Sockets, select and ssl do not exist in the subset, so
# their patches have nothing to change. Threads are not turned into greenlets: after patch_all(thread=True), starting
# a thread raises NotImplementedError rather than running differently from gevent; patch_all(thread=False) keeps
# real threads, as gevent does.

import gevent as _gevent
import time as _time_module
import sim as _sim
import threading as _threading

__all__ = ['patch_all', 'patch_time', 'is_module_patched', 'is_object_patched', 'get_original']

_patched = {}
_originals = {}


def _cooperative_io(seconds):
    _gevent.sleep(seconds)


def patch_time():
    if 'time' not in _patched:
        _originals['time'] = {'sleep': _time_module.sleep}
        _time_module.sleep = _gevent.sleep
        _patched['time'] = True


def patch_sim():
    if 'sim' not in _patched:
        _originals['sim'] = {'io': _sim.io}
        _sim.io = _cooperative_io
        _patched['sim'] = True


def _unpatched_thread_start(self):
    raise NotImplementedError('threads after gevent.monkey.patch_all() are not simulated: gevent would run them as '
                              'greenlets; use gevent.spawn, or patch_all(thread=False) to keep real threads')


def patch_thread(*args, **kwargs):
    if 'threading' not in _patched:
        _originals['threading'] = {'start': _threading.Thread.start}
        _threading.Thread.start = _unpatched_thread_start
        _patched['threading'] = True


def patch_socket(*args, **kwargs):
    pass


def patch_select(*args, **kwargs):
    pass


def patch_ssl(*args, **kwargs):
    pass


def patch_all(socket=True, dns=True, time=True, select=True, thread=True, os=True, ssl=True, subprocess=True,
              sys=False, aggressive=True, Event=True, builtins=True, signal=True, queue=True, contextvars=True,
              **kwargs):
    if time:
        patch_time()
    if thread:
        patch_thread()
    patch_sim()


def is_module_patched(name):
    return name in _patched


def is_object_patched(module_name, name):
    return module_name in _originals and name in _originals[module_name]


def get_original(module_name, item_name):
    if isinstance(item_name, str):
        if module_name == 'time' and item_name == 'sleep':
            return _originals.get('time', {}).get('sleep', _time_module.sleep)
        if module_name == 'sim' and item_name == 'io':
            return _originals.get('sim', {}).get('io', _sim.io)
        raise AttributeError(item_name)
    return [get_original(module_name, name) for name in item_name]
