# The iteration of built-ins (list, sorted, sum, zip, ...) over an iterable whose items come from program code (a
# generator, a class's __next__). Written in the language so that a generator waiting inside (on a queue, a future)
# runs on the thread's own frames: the thread may block there, as in CPython. Each helper does what the built-in does
# in C; the zip, enumerate, map and filter objects are generators named after the built-in.
_END = object()


def to_list(iterable):
    items = []
    for item in iterable:
        items.append(item)
    return items


def to_tuple(iterable):
    return tuple(to_list(iterable))


def to_set(iterable):
    return set(to_list(iterable))


def to_frozenset(iterable):
    return frozenset(to_list(iterable))


def to_dict(iterable):
    return dict(to_list(iterable))


def to_sorted(iterable, key, reverse):
    return sorted(to_list(iterable), key=key, reverse=reverse)


def to_sum(iterable, start):
    total = start
    for item in iterable:
        total = total + item
    return total


def to_min(iterable, options):
    return min(to_list(iterable), **options)


def to_max(iterable, options):
    return max(to_list(iterable), **options)


def to_any(iterable):
    for item in iterable:
        if item:
            return True
    return False


def to_all(iterable):
    for item in iterable:
        if not item:
            return False
    return True


def to_joined(separator, iterable):
    return separator.join(to_list(iterable))


def zip(*iterators):
    if not iterators:
        return
    while True:
        row = []
        for iterator in iterators:
            item = next(iterator, _END)
            if item is _END:
                return
            row.append(item)
        yield tuple(row)


def enumerate(iterator, start):
    count = start
    for item in iterator:
        yield (count, item)
        count += 1


def map(function, *iterators):
    if len(iterators) == 1:
        for item in iterators[0]:
            yield function(item)
    else:
        for row in zip(*iterators):
            yield function(*row)


def filter(function, iterator):
    for item in iterator:
        if function is None:
            if item:
                yield item
        elif function(item):
            yield item
