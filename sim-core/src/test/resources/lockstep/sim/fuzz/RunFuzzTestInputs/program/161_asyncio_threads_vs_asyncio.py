import asyncio
import threading
import time

URLS = ['a', 'b', 'c', 'd']


def download(url):
    time.sleep(1)
    return len(url)


def with_threads():
    results = []
    lock = threading.Lock()

    def work(url):
        n = download(url)
        with lock:
            results.append((url, n))

    threads = [threading.Thread(target=work, args=(u,)) for u in URLS]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return sorted(results)


async def fetch(url):
    await asyncio.sleep(1)
    return (url, len(url))


async def with_asyncio():
    return await asyncio.gather(*[fetch(u) for u in URLS])


start = time.perf_counter()
print(with_threads())
print('threads: {:.1f} s'.format(time.perf_counter() - start))
start = time.perf_counter()
print(asyncio.run(with_asyncio()))
print('asyncio: {:.1f} s'.format(time.perf_counter() - start))
