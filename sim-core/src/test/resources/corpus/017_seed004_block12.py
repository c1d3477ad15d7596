import asyncio
import time

async def crawl_page(url):
    print('crawling {}'.format(url))
    sleep_time=int(url.split('_')[-1])# 通过睡眠来模拟爬页面带来的开销
    await asyncio.sleep(sleep_time)
    print('OK {}'.format(url))

async def main(urls):
    tasks=[asyncio.create_task(crawl_page(url)) for url in urls]
    await asyncio.gather(*tasks)

start = time.perf_counter()
asyncio.run(main(['url_1', 'url_2', 'url_3', 'url_4']))
print('used {}'.format(time.perf_counter() - start))
