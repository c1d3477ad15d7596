# The collections module: deque, defaultdict, OrderedDict and Counter are natives (_collections); namedtuple and
# ChainMap are written here in the scenario language, to CPython 3.11's documented behaviour.
from _collections import deque, defaultdict, OrderedDict, Counter, _tuple_class

_KEYWORDS = ('False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue',
             'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in',
             'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield')


def _field_list(typename, field_names, rename):
    if isinstance(field_names, str):
        field_names = field_names.replace(',', ' ').split()
    field_names = [str(name) for name in field_names]
    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or name in _KEYWORDS or name.startswith('_') or name in seen):
                field_names[index] = '_' + str(index)
            seen.add(name)
    for name in [typename] + field_names:
        if not isinstance(name, str):
            raise TypeError('Type names and field names must be strings')
        if not name.isidentifier():
            raise ValueError('Type names and field names must be valid identifiers: ' + repr(name))
        if name in _KEYWORDS:
            raise ValueError('Type names and field names cannot be a keyword: ' + repr(name))
    seen = set()
    for name in field_names:
        if name.startswith('_') and not rename:
            raise ValueError('Field names cannot start with an underscore: ' + repr(name))
        if name in seen:
            raise ValueError('Encountered duplicate field name: ' + repr(name))
        seen.add(name)
    return tuple(field_names)


def _names_text(names):
    quoted = [repr(name) for name in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return quoted[0] + ' and ' + quoted[1]
    return ', '.join(quoted[:-1]) + ', and ' + quoted[-1]


def _bind(typename, fields, field_defaults, args, kwargs):
    """The field values of a call typename(*args, **kwargs), or CPython's TypeError for __new__'s signature."""
    count = len(fields)
    if len(args) > count:
        low = count - len(field_defaults) + 1
        if low == count + 1:
            takes = str(count + 1) + ' positional argument' + ('' if count == 0 else 's')
        else:
            takes = 'from ' + str(low) + ' to ' + str(count + 1) + ' positional arguments'
        raise TypeError(typename + '.__new__() takes ' + takes + ' but ' + str(len(args) + 1) + ' were given')
    values = list(args)
    for name in kwargs:
        if name not in fields:
            raise TypeError(typename + ".__new__() got an unexpected keyword argument '" + name + "'")
        if fields.index(name) < len(args):
            raise TypeError(typename + ".__new__() got multiple values for argument '" + name + "'")
    missing = []
    for name in fields[len(args):]:
        if name in kwargs:
            values.append(kwargs[name])
        elif name in field_defaults:
            values.append(field_defaults[name])
        else:
            missing.append(name)
    if missing:
        plural = 's' if len(missing) > 1 else ''
        raise TypeError(typename + '.__new__() missing ' + str(len(missing)) + ' required positional argument'
                        + plural + ': ' + _names_text(missing))
    return tuple(values)


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    typename = str(typename)
    fields = _field_list(typename, field_names, rename)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(fields):
            raise TypeError('Got more default values than field names')
        field_defaults = dict(zip(fields[len(fields) - len(defaults):], defaults))
    cls = None

    def bind(args, kwargs):
        return _bind(typename, fields, field_defaults, args, kwargs)

    def __repr__(self):
        parts = [name + '=' + repr(value) for name, value in zip(fields, self)]
        return type(self).__name__ + '(' + ', '.join(parts) + ')'

    def _make(iterable):
        return cls(*iterable)

    def _replace(self, **kwargs):
        values = dict(zip(fields, self))
        for name in kwargs:
            if name not in fields:
                raise ValueError('Got unexpected field names: ' + repr(list(kwargs)))
            values[name] = kwargs[name]
        return type(self)(**values)

    def _asdict(self):
        return dict(zip(fields, self))

    namespace = {'__repr__': __repr__, '_make': _make, '_replace': _replace, '_asdict': _asdict,
                 '_fields': fields, '_field_defaults': field_defaults,
                 '__doc__': typename + '(' + ', '.join(fields) + ')'}
    cls = _tuple_class(typename, '__main__' if module is None else module, fields, namespace, bind)
    return cls


class ChainMap:
    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __getitem__(self, key):
        for mapping in self.maps:
            if key in mapping:
                return mapping[key]
        raise KeyError(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        keys = {}
        for mapping in reversed(self.maps):
            for key in mapping:
                keys[key] = None
        return iter(keys)

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __bool__(self):
        return any(self.maps)

    def __repr__(self):
        return 'ChainMap(' + ', '.join([repr(m) for m in self.maps]) + ')'

    def keys(self):
        return list(self)

    def items(self):
        return [(key, self[key]) for key in self]

    def values(self):
        return [self[key] for key in self]

    def new_child(self, m=None):
        return ChainMap({} if m is None else m, *self.maps)

    def _parents(self):
        return ChainMap(*self.maps[1:])

    parents = property(_parents)

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError('Key not found in the first mapping: ' + repr(key))


class UserDict:
    """A dict kept in self.data, for classes to extend (CPython's UserDict, a MutableMapping)."""

    def __init__(self, dict=None, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        missing = getattr(type(self), '__missing__', None)
        if missing is not None:
            return missing(self, key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def __repr__(self):
        return repr(self.data)

    def __eq__(self, other):
        if isinstance(other, UserDict):
            return self.data == other.data
        return self.data == other

    def __or__(self, other):
        if isinstance(other, UserDict):
            return type(self)(self.data | other.data)
        return type(self)(self.data | other)

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def keys(self):
        return self.data.keys()

    def items(self):
        return self.data.items()

    def values(self):
        return self.data.values()

    def pop(self, key, *default):
        if key in self.data or not default:
            return self.data.pop(key)
        return default[0]

    def popitem(self):
        return self.data.popitem()

    def setdefault(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default

    def update(self, other=(), **kwargs):
        if isinstance(other, (dict, UserDict)):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key in kwargs:
            self[key] = kwargs[key]

    def clear(self):
        self.data.clear()

    def copy(self):
        made = type(self)()
        made.data = self.data.copy()
        return made


class UserList:
    """A list kept in self.data, for classes to extend (CPython's UserList, a MutableSequence)."""

    def __init__(self, initlist=None):
        self.data = []
        if initlist is not None:
            if isinstance(initlist, UserList):
                self.data[:] = initlist.data[:]
            else:
                self.data = list(initlist)

    def __repr__(self):
        return repr(self.data)

    def _cast(self, other):
        return other.data if isinstance(other, UserList) else other

    def __lt__(self, other):
        return self.data < self._cast(other)

    def __le__(self, other):
        return self.data <= self._cast(other)

    def __eq__(self, other):
        return self.data == self._cast(other)

    def __gt__(self, other):
        return self.data > self._cast(other)

    def __ge__(self, other):
        return self.data >= self._cast(other)

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __iter__(self):
        return iter(self.data)

    def __reversed__(self):
        return reversed(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return type(self)(self.data[i])
        return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def __add__(self, other):
        if isinstance(other, UserList):
            return type(self)(self.data + other.data)
        if isinstance(other, type(self.data)):
            return type(self)(self.data + other)
        return type(self)(self.data + list(other))

    def __iadd__(self, other):
        if isinstance(other, UserList):
            self.data += other.data
        else:
            self.data += list(other)
        return self

    def __mul__(self, n):
        return type(self)(self.data * n)

    def append(self, item):
        self.data.append(item)

    def insert(self, i, item):
        self.data.insert(i, item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, item):
        self.data.remove(item)

    def clear(self):
        self.data.clear()

    def copy(self):
        return type(self)(self)

    def count(self, item):
        return self.data.count(item)

    def index(self, item, *args):
        return self.data.index(item, *args)

    def reverse(self):
        self.data.reverse()

    def sort(self, *args, **kwds):
        self.data.sort(*args, **kwds)

    def extend(self, other):
        if isinstance(other, UserList):
            self.data.extend(other.data)
        else:
            self.data.extend(other)


class UserString:
    """A str kept in self.data, for classes to extend (CPython's UserString, a Sequence)."""

    def __init__(self, seq):
        if isinstance(seq, str):
            self.data = seq
        elif isinstance(seq, UserString):
            self.data = seq.data[:]
        else:
            self.data = str(seq)

    def _text(self, other):
        return other.data if isinstance(other, UserString) else other

    def __str__(self):
        return str(self.data)

    def __repr__(self):
        return repr(self.data)

    def __int__(self):
        return int(self.data)

    def __float__(self):
        return float(self.data)

    def __eq__(self, other):
        return self.data == self._text(other)

    def __lt__(self, other):
        return self.data < self._text(other)

    def __le__(self, other):
        return self.data <= self._text(other)

    def __gt__(self, other):
        return self.data > self._text(other)

    def __ge__(self, other):
        return self.data >= self._text(other)

    def __contains__(self, char):
        return self._text(char) in self.data

    def __len__(self):
        return len(self.data)

    def __iter__(self):
        return iter(self.data)

    def __getitem__(self, index):
        return type(self)(self.data[index])

    def __add__(self, other):
        if isinstance(other, UserString):
            return type(self)(self.data + other.data)
        if isinstance(other, str):
            return type(self)(self.data + other)
        return type(self)(self.data + str(other))

    def __radd__(self, other):
        if isinstance(other, str):
            return type(self)(other + self.data)
        return type(self)(str(other) + self.data)

    def __mul__(self, n):
        return type(self)(self.data * n)

    def __mod__(self, args):
        return type(self)(self.data % args)

    def capitalize(self):
        return type(self)(self.data.capitalize())

    def casefold(self):
        return type(self)(self.data.casefold())

    def center(self, width, *args):
        return type(self)(self.data.center(width, *args))

    def count(self, sub, start=0, end=None):
        return self.data.count(self._text(sub), start, len(self.data) if end is None else end)

    def endswith(self, suffix, start=0, end=None):
        return self.data.endswith(suffix, start, len(self.data) if end is None else end)

    def find(self, sub, start=0, end=None):
        return self.data.find(self._text(sub), start, len(self.data) if end is None else end)

    def format(self, *args, **kwds):
        return self.data.format(*args, **kwds)

    def index(self, sub, start=0, end=None):
        return self.data.index(self._text(sub), start, len(self.data) if end is None else end)

    def isalpha(self):
        return self.data.isalpha()

    def isalnum(self):
        return self.data.isalnum()

    def isdigit(self):
        return self.data.isdigit()

    def islower(self):
        return self.data.islower()

    def isspace(self):
        return self.data.isspace()

    def istitle(self):
        return self.data.istitle()

    def isupper(self):
        return self.data.isupper()

    def join(self, seq):
        return self.data.join(seq)

    def ljust(self, width, *args):
        return type(self)(self.data.ljust(width, *args))

    def lower(self):
        return type(self)(self.data.lower())

    def lstrip(self, chars=None):
        return type(self)(self.data.lstrip(chars))

    def partition(self, sep):
        return self.data.partition(sep)

    def replace(self, old, new, maxsplit=-1):
        return type(self)(self.data.replace(self._text(old), self._text(new), maxsplit))

    def rfind(self, sub, start=0, end=None):
        return self.data.rfind(self._text(sub), start, len(self.data) if end is None else end)

    def rindex(self, sub, start=0, end=None):
        return self.data.rindex(self._text(sub), start, len(self.data) if end is None else end)

    def rjust(self, width, *args):
        return type(self)(self.data.rjust(width, *args))

    def rpartition(self, sep):
        return self.data.rpartition(sep)

    def rstrip(self, chars=None):
        return type(self)(self.data.rstrip(chars))

    def split(self, sep=None, maxsplit=-1):
        return self.data.split(sep, maxsplit)

    def rsplit(self, sep=None, maxsplit=-1):
        return self.data.rsplit(sep, maxsplit)

    def splitlines(self, keepends=False):
        return self.data.splitlines(keepends)

    def startswith(self, prefix, start=0, end=None):
        return self.data.startswith(prefix, start, len(self.data) if end is None else end)

    def strip(self, chars=None):
        return type(self)(self.data.strip(chars))

    def swapcase(self):
        return type(self)(self.data.swapcase())

    def title(self):
        return type(self)(self.data.title())

    def upper(self):
        return type(self)(self.data.upper())

    def zfill(self, width):
        return type(self)(self.data.zfill(width))

    def removeprefix(self, prefix):
        return type(self)(self.data.removeprefix(self._text(prefix)))

    def removesuffix(self, suffix):
        return type(self)(self.data.removesuffix(self._text(suffix)))
