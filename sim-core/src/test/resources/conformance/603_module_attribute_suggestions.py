# "Did you mean" for a module's missing attribute: CPython considers every name dir() lists, the submodules and the
# modules it imported among them (asyncio.tasks, multiprocessing.process, json.decoder, logging's threading).
import asyncio
import json
import logging
import multiprocessing
import threading

for module, name in [(asyncio, "Tasks"), (asyncio, "exception"), (json, "decode"), (multiprocessing, "processes"),
                     (logging, "thread"), (threading, "Timers")]:
    try:
        getattr(module, name)
    except AttributeError as e:
        print(type(e).__name__, e, e.name, e.obj is module)
print(asyncio.Tasks)
