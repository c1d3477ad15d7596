import asyncio
async def job(n):
    await asyncio.sleep(n / 10)
    return n
async def main():
    tasks = [asyncio.create_task(job(n)) for n in range(5)]
    done, pending = await asyncio.wait(tasks, timeout=0.25)
    print(len(done), len(pending))
asyncio.run(main())
