# The iteration of built-ins (list, sorted, sum, zip, ...) over an iterable whose items come from program code (a
# generator, a class's __next__). Written in the language so that a generator waiting inside (on a queue, a future)
# runs on the thread's own frames: the thread may block there, as in CPython. Each helper does what the built-in does
# in C; zip, enumerate, map and filter are generators here, each the engine of an object of the built-in's type.
_END = object()
_NO_DEFAULT = object()


def to_list(iterable):
    items = []
    for item in iterable:
        items.append(item)
    return items


def to_tuple(iterable):
    return tuple(to_list(iterable))


def to_set(iterable):
    # Item by item, as CPython's: an unhashable item stops the iteration there.
    items = set()
    for item in iterable:
        items.add(item)
    return items


def to_frozenset(iterable):
    return frozenset(to_set(iterable))


def to_dict(iterable, keywords):
    # Item by item, with dict()'s errors naming the element; then dict(iterable, **keywords)'s keywords.
    result = {}
    index = 0
    for item in iterable:
        try:
            pair = list(item)
        except TypeError:
            raise TypeError("cannot convert dictionary update sequence element #%d to a sequence" % index) from None
        if len(pair) != 2:
            raise ValueError("dictionary update sequence element #%d has length %d; 2 is required"
                             % (index, len(pair)))
        result[pair[0]] = pair[1]
        index += 1
    result.update(keywords)
    return result


def to_sorted(iterable, key, reverse):
    return sorted(to_list(iterable), key=key, reverse=reverse)


def to_sum(iterable, start):
    total = start
    for item in iterable:
        total = total + item
    return total


def to_min(iterable, options):
    return _extreme("min", iterable, options.get("key"), options.get("default", _NO_DEFAULT), False)


def to_max(iterable, options):
    return _extreme("max", iterable, options.get("key"), options.get("default", _NO_DEFAULT), True)


def _extreme(name, iterable, key, default, bigger):
    # Item by item, as CPython's min/max: each key is computed and compared as its item comes.
    best = _END
    best_key = None
    for item in iterable:
        item_key = item if key is None else key(item)
        if best is _END or (item_key > best_key if bigger else item_key < best_key):
            best = item
            best_key = item_key
    if best is _END:
        if default is _NO_DEFAULT:
            raise ValueError(name + "() arg is an empty sequence")
        return default
    return best


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


def zip(strict, *iterators):
    if not iterators:
        return
    while True:
        row = []
        for iterator in iterators:
            item = next(iterator, _END)
            if item is _END:
                if strict:
                    _check_equal_lengths(iterators, len(row))
                return
            row.append(item)
        yield tuple(row)


def _check_equal_lengths(iterators, exhausted):
    # zip(strict=True) as CPython's: the iterable that ended first is shorter, or a later one that has more is longer.
    if exhausted:
        raise ValueError(_unequal(exhausted, "shorter"))
    for index in range(1, len(iterators)):
        if next(iterators[index], _END) is not _END:
            raise ValueError(_unequal(index, "longer"))


def _unequal(index, comparison):
    return "zip() argument %d is %s than argument%s%d" % (index + 1, comparison, " " if index == 1 else "s 1-", index)


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
        for row in zip(False, *iterators):
            yield function(*row)


def filter(function, iterator):
    for item in iterator:
        if function is None:
            if item:
                yield item
        elif function(item):
            yield item
