# In the style of thread tutorials: workers take jobs round robin (itertools.cycle), number them with
# itertools.count under a lock, and hand back namedtuple records through a queue; a Counter sums them up.
import itertools
import queue
import threading
import time
from collections import Counter, namedtuple

Job = namedtuple('Job', 'id url')
Done = namedtuple('Done', 'job worker size')
urls = ['a.com', 'b.org', 'c.net', 'a.com/x', 'b.org/y', 'c.net/z', 'a.com/w']
numbers = itertools.count(1)
number_lock = threading.Lock()
inboxes = [queue.Queue() for _ in range(3)]
results = queue.Queue()


def worker(name, inbox):
    while True:
        job = inbox.get()
        if job is None:
            break
        time.sleep(0.01 * len(job.url))
        results.put(Done(job, name, len(job.url) * 100))


threads = [threading.Thread(target=worker, args=('worker-%d' % i, inbox)) for i, inbox in enumerate(inboxes)]
for t in threads:
    t.start()
for url, inbox in zip(urls, itertools.cycle(inboxes)):
    with number_lock:
        job = Job(next(numbers), url)
    inbox.put(job)
for inbox in inboxes:
    inbox.put(None)
for t in threads:
    t.join()
done = sorted(results.get() for _ in range(len(urls)))
for record in done:
    print(record.job.id, record.job.url, record.worker, record.size)
per_worker = Counter(record.worker for record in done)
per_site = Counter(record.job.url.split('/')[0] for record in done)
print(per_worker, per_site.most_common(1), sum(record.size for record in done))
print(done[0], done[0]._asdict()['worker'])
