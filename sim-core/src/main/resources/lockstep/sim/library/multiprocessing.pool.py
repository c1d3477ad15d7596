# multiprocessing.pool: where CPython keeps its pools, so `from multiprocessing.pool import ThreadPool` (as tutorials
# write it) finds them. The process pool is multiprocessing's, the thread pool multiprocessing.dummy's.
from multiprocessing import Pool, AsyncResult, IMapIterator, IMapUnorderedIterator, TimeoutError
from multiprocessing.dummy import ThreadPool

__all__ = ['Pool', 'ThreadPool']

ApplyResult = AsyncResult
