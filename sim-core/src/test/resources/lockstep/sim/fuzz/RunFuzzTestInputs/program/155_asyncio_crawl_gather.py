import asyncio
import time

async def crawl_page(url):
    print('crawling {}'.format(url))
    sleep_time=int(url.split('_')[-1])
    await asyncio.sleep(sleep_time)
    print('OK {}'.format(url))
    return url.upper()

async def main(urls):
    tasks=[asyncio.create_task(crawl_page(url)) for url in urls]
    results = await asyncio.gather(*tasks)
    print(results)

start = time.perf_counter()
asyncio.run(main(['url_4', 'url_1', 'url_3', 'url_2']))
print('used {:.1f}'.format(time.perf_counter() - start))
