# itertools' endless iterators are lazy: count() never ends, so islice and zip take what they need.
import itertools
from itertools import count, cycle, repeat, islice

ids = count(1)
print(next(ids), next(ids), ids)
print(list(islice(count(10, 5), 4)))
print(count(), count(2.5), count(1, 0.5), count(0, -1), count(1.0, 1))
print(list(zip('abc', count())))
print(list(islice(cycle([1, 2, 3]), 7)))
print(list(islice(cycle('xy'), 0)), list(cycle([])))
r = repeat('go', 3)
print(r, list(r), r)
print(repeat(None), repeat([1], 0), list(repeat(7, -2)))
print(list(map(pow, range(5), repeat(2))))
print(type(count()), type(cycle('a')), type(repeat(1)), type(islice('', 1)))
print(list(islice('ABCDEFG', 2)), list(islice('ABCDEFG', 2, 4)), list(islice('ABCDEFG', 2, None)))
print(list(islice('ABCDEFG', 0, None, 2)), list(islice(range(100), 5, 50, 10)))
print(list(islice(count(), 3, 8)))

# islice stops reading where it stops: the rest stays in the source.
source = iter(range(10))
print(list(islice(source, 3)), next(source), list(source))


def numbers():
    print('numbers made')
    return [1, 2, 3]


lazy = itertools.chain(numbers(), [4])
print('chain made')
print(list(lazy))
counter = itertools.count()
seen = [next(counter) for _ in range(3)]
print(seen, next(counter))
print(isinstance(ids, itertools.count), iter(ids) is ids)
