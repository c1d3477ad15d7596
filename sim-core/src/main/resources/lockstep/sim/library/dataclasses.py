# The dataclasses module, written in the scenario language after CPython 3.11's documented behaviour: dataclass
# (init, repr, eq, order, unsafe_hash, frozen), field, fields, asdict, astuple, replace, is_dataclass.
# CPython generates __init__ and friends as source text and execs it; here they are generic functions that bind
# the arguments themselves and raise CPython's messages.


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class FrozenInstanceError(AttributeError):
    pass


class Field:
    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only

    def __repr__(self):
        return ('Field(name=' + repr(self.name) + ',type=' + repr(self.type) + ',default=' + repr(self.default)
                + ',default_factory=' + repr(self.default_factory) + ',init=' + repr(self.init)
                + ',repr=' + repr(self.repr) + ',hash=' + repr(self.hash) + ',compare=' + repr(self.compare)
                + ',metadata=' + repr(self.metadata) + ',kw_only=' + repr(self.kw_only) + ')')


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None, compare=True,
          metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    if kw_only is True:
        raise TypeError("field(kw_only=True) is outside the scenario language")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _has_default(f):
    return f.default is not MISSING or f.default_factory is not MISSING


def _is_unhashable_default(value):
    if type(value) in (list, dict, set):
        return True
    return getattr(type(value), '__hash__', 0) is None


def _get_field(cls, name, annotation):
    default = getattr(cls, name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        f = field(default=default)
    f.name = name
    f.type = annotation
    if f.default is not MISSING and _is_unhashable_default(f.default):
        raise ValueError('mutable default ' + repr(type(f.default)) + ' for field ' + name
                         + ' is not allowed: use default_factory')
    return f


def _set_new_attribute(cls, name, value):
    # Never replaces what the class itself defines; says whether it did.
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _join_names(names):
    quoted = ["'" + n + "'" for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return quoted[0] + ' and ' + quoted[1]
    return ', '.join(quoted[:-1]) + ', and ' + quoted[-1]


def _bind(qualname, init_fields, args, kwargs):
    # What CPython's argument binding does for the generated __init__(self, a, b=...), with its messages.
    names = [f.name for f in init_fields]
    values = {}
    for i in range(min(len(args), len(names))):
        values[names[i]] = args[i]
    for key, value in kwargs.items():
        if key not in names:
            raise TypeError(qualname + "() got an unexpected keyword argument '" + key + "'")
        if key in values:
            raise TypeError(qualname + "() got multiple values for argument '" + key + "'")
        values[key] = value
    if len(args) > len(names):
        most = len(names) + 1
        least = len([f for f in init_fields if not _has_default(f)]) + 1
        takes = str(most) if least == most else 'from ' + str(least) + ' to ' + str(most)
        raise TypeError(qualname + '() takes ' + takes + ' positional argument' + ('' if most == 1 else 's')
                        + ' but ' + str(len(args) + 1) + ' were given')
    missing = [f.name for f in init_fields if f.name not in values and not _has_default(f)]
    if missing:
        raise TypeError(qualname + '() missing ' + str(len(missing)) + ' required positional argument'
                        + ('' if len(missing) == 1 else 's') + ': ' + _join_names(missing))
    for f in init_fields:
        if f.name not in values:
            values[f.name] = f.default if f.default is not MISSING else f.default_factory()
    return values


def _make_init(cls, all_fields, frozen):
    init_fields = [f for f in all_fields if f.init]
    seen_default = False
    for f in init_fields:
        if _has_default(f):
            seen_default = True
        elif seen_default:
            raise TypeError('non-default argument ' + repr(f.name) + ' follows default argument')
    qualname = cls.__qualname__ + '.__init__'

    def __init__(self, *args, **kwargs):
        values = _bind(qualname, init_fields, args, kwargs)
        for f in all_fields:
            if f.init:
                value = values[f.name]
            elif f.default_factory is not MISSING:
                value = f.default_factory()
            else:
                continue
            if frozen:
                object.__setattr__(self, f.name, value)
            else:
                setattr(self, f.name, value)
        if hasattr(self, '__post_init__'):
            self.__post_init__()

    __init__.__qualname__ = qualname
    return __init__


def _make_repr(cls, all_fields):
    shown = [f.name for f in all_fields if f.repr]

    def __repr__(self):
        parts = [name + '=' + repr(getattr(self, name)) for name in shown]
        return self.__class__.__qualname__ + '(' + ', '.join(parts) + ')'

    __repr__.__qualname__ = cls.__qualname__ + '.__repr__'
    return __repr__


def _compared(self, all_fields):
    return tuple([getattr(self, f.name) for f in all_fields if f.compare])


def _make_eq(cls, all_fields):
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return _compared(self, all_fields) == _compared(other, all_fields)
        return NotImplemented

    __eq__.__qualname__ = cls.__qualname__ + '.__eq__'
    return __eq__


def _make_order(cls, all_fields):
    def __lt__(self, other):
        if other.__class__ is self.__class__:
            return _compared(self, all_fields) < _compared(other, all_fields)
        return NotImplemented

    def __le__(self, other):
        if other.__class__ is self.__class__:
            return _compared(self, all_fields) <= _compared(other, all_fields)
        return NotImplemented

    def __gt__(self, other):
        if other.__class__ is self.__class__:
            return _compared(self, all_fields) > _compared(other, all_fields)
        return NotImplemented

    def __ge__(self, other):
        if other.__class__ is self.__class__:
            return _compared(self, all_fields) >= _compared(other, all_fields)
        return NotImplemented

    return [('__lt__', __lt__), ('__le__', __le__), ('__gt__', __gt__), ('__ge__', __ge__)]


def _make_frozen(cls, all_fields):
    names = [f.name for f in all_fields]

    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError('cannot assign to field ' + repr(name))
        object.__setattr__(self, name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError('cannot delete field ' + repr(name))
        raise AttributeError(name)

    return [('__setattr__', __setattr__), ('__delattr__', __delattr__)]


def _make_hash(all_fields):
    def __hash__(self):
        return hash(tuple([getattr(self, f.name) for f in all_fields
                           if (f.compare if f.hash is None else f.hash)]))

    return __hash__


def _collect_fields(cls):
    fields = {}
    for base in cls.__mro__[-1:0:-1]:
        base_fields = getattr(base, '__dataclass_fields__', None)
        if base_fields is not None:
            for f in base_fields.values():
                fields[f.name] = f
    annotations = cls.__dict__.get('__annotations__', {})
    for name, annotation in annotations.items():
        f = _get_field(cls, name, annotation)
        fields[name] = f
        if isinstance(cls.__dict__.get(name), Field):
            if f.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(repr(name) + ' is a field but has no type annotation')
    return fields


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen):
    fields = _collect_fields(cls)
    cls.__dataclass_fields__ = fields
    all_fields = list(fields.values())
    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or (class_hash is None and '__eq__' in cls.__dict__))
    if init:
        _set_new_attribute(cls, '__init__', _make_init(cls, all_fields, frozen))
    if repr:
        _set_new_attribute(cls, '__repr__', _make_repr(cls, all_fields))
    if eq:
        _set_new_attribute(cls, '__eq__', _make_eq(cls, all_fields))
    if order:
        if not eq:
            raise ValueError('eq must be true if order is true')
        for name, method in _make_order(cls, all_fields):
            if _set_new_attribute(cls, name, method):
                raise TypeError('Cannot overwrite attribute ' + name + ' in class ' + cls.__name__
                                + '. Consider using functools.total_ordering')
    if frozen:
        for name, method in _make_frozen(cls, all_fields):
            if _set_new_attribute(cls, name, method):
                raise TypeError('Cannot overwrite attribute ' + name + ' in class ' + cls.__name__)
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError('Cannot overwrite attribute __hash__ in class ' + cls.__name__)
        cls.__hash__ = _make_hash(all_fields)
    elif eq and frozen:
        if not has_explicit_hash:
            cls.__hash__ = _make_hash(all_fields)
    elif eq:
        if not has_explicit_hash:
            cls.__hash__ = None
    return cls


def dataclass(cls=None, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False,
              match_args=True, kw_only=False, slots=False):
    if kw_only or slots:
        raise TypeError("dataclass(" + ("kw_only" if kw_only else "slots")
                        + "=True) is outside the scenario language")

    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen)

    if cls is None:
        return wrap
    return wrap(cls)


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, '__dataclass_fields__')


def fields(class_or_instance):
    try:
        found = getattr(class_or_instance, '__dataclass_fields__')
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(found.values())


def _is_dataclass_instance(obj):
    return hasattr(type(obj), '__dataclass_fields__')


def asdict(obj, *, dict_factory=dict):
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory)) for f in fields(obj)])
    if isinstance(obj, (list, tuple)):
        return type(obj)([_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, dict):
        return type(obj)([(_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory)) for k, v in obj.items()])
    return obj


def astuple(obj, *, tuple_factory=tuple):
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory) for f in fields(obj)])
    if isinstance(obj, (list, tuple)):
        return type(obj)([_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, dict):
        return type(obj)([(_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory)) for k, v in obj.items()])
    return obj


def replace(obj, **changes):
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in fields(obj):
        if f.init and f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
