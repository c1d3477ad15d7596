# Threads sharing the library's collections: a word count in a Counter under a lock, a defaultdict of results,
# ids from itertools.count (its next is one atomic call), a heap of jobs, a namedtuple record per result.
import heapq
import itertools
import threading
from collections import Counter, defaultdict, namedtuple

Result = namedtuple('Result', 'worker job words')
documents = ['the cat sat', 'the dog ran', 'a cat ran', 'the end', 'a dog sat down', 'cat cat cat']
jobs = [(len(doc), i, doc) for i, doc in enumerate(documents)]
heapq.heapify(jobs)
jobs_lock = threading.Lock()
totals = Counter()
totals_lock = threading.Lock()
by_worker = defaultdict(list)
ids = itertools.count(1)
results = []


def worker(name):
    while True:
        with jobs_lock:
            if not jobs:
                return
            size, index, doc = heapq.heappop(jobs)
        words = Counter(doc.split())
        with totals_lock:
            totals.update(words)
        job_id = next(ids)
        by_worker[name].append(index)
        results.append(Result(name, job_id, sum(words.values())))


threads = [threading.Thread(target=worker, args=('w%d' % n,)) for n in range(3)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(totals.most_common(3))
print(sorted(r.job for r in results), sum(r.words for r in results))
print(sorted(index for indexes in by_worker.values() for index in indexes))
print(totals['cat'], totals['zebra'], len(totals))
