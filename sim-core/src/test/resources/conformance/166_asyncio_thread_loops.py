import asyncio
import threading

results = {}


async def tick(name, n, delay):
    total = 0
    for i in range(n):
        await asyncio.sleep(delay)
        total += i
    return name, total


def worker(name):
    loop_result = asyncio.run(tick(name, 3, 0.1))
    results[name] = loop_result
    try:
        asyncio.get_event_loop()
    except RuntimeError as e:
        results[name + ' get_event_loop'] = str(e)


threads = [threading.Thread(target=worker, args=('w%d' % i,), name='W%d' % i) for i in range(2)]
for t in threads:
    t.start()
print(asyncio.run(tick('main', 2, 0.05)))
for t in threads:
    t.join()
for key in sorted(results):
    print(key, results[key])
