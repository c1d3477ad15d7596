# The pprint module, written to CPython 3.11's documented behaviour: an object whose repr fits in what is left of the
# width is written as its repr (dictionaries with sorted keys); otherwise dicts, lists, tuples, sets and long
# strings are broken over lines, each item indented under the opening bracket, as CPython's PrettyPrinter does.
import sys as _sys


class _Text:
    """What a printer writes into: pieces joined at the end."""

    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)

    def text(self):
        return "".join(self.parts)


def _sort_key(item):
    return item


def _sorted(items, key):
    try:
        return sorted(items, key=key)
    except TypeError:
        # Keys that do not order among themselves: by their type's name, then as they came.
        return sorted(items, key=lambda x: str(type(key(x))))


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *, compact=False, sort_dicts=True,
                 underscore_numbers=False):
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError("indent must be >= 0")
        if depth is not None and depth <= 0:
            raise ValueError("depth must be > 0")
        if not width:
            raise ValueError("width must be != 0")
        self._depth = depth
        self._indent_per_level = indent
        self._width = width
        self._stream = stream
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers

    def pprint(self, object):
        stream = self._stream if self._stream is not None else _sys.stdout
        stream.write(self.pformat(object) + "\n")

    def pformat(self, object):
        out = _Text()
        self._format(object, out, 0, 0, [], 0)
        return out.text()

    def isrecursive(self, object):
        return self._safe_repr(object, [], 0)[2]

    def isreadable(self, object):
        rep, readable, recursive = self._safe_repr(object, [], 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        return self._safe_repr(object, list(context), level)

    def _format(self, object, out, indent, allowance, context, level):
        for seen in context:
            if seen is object:
                out.write(_recursion(object))
                return
        rep = self._repr(object, context, level)
        if len(rep) <= self._width - indent - allowance:
            out.write(rep)
            return
        t = type(object)
        if t is dict:
            self._pprint_dict(object, out, indent, allowance, context, level)
        elif t is list:
            self._pprint_sequence("[", "]", object, out, indent, allowance, context, level)
        elif t is tuple:
            self._pprint_sequence("(", ",)" if len(object) == 1 else ")", object, out, indent, allowance, context,
                                  level)
        elif (t is set or t is frozenset) and len(object):
            self._pprint_set(object, out, indent, allowance, context, level)
        elif t is str and len(object):
            self._pprint_str(object, out, indent, allowance, level)
        else:
            out.write(rep)

    def _pprint_dict(self, object, out, indent, allowance, context, level):
        out.write("{")
        if self._indent_per_level > 1:
            out.write((self._indent_per_level - 1) * " ")
        if len(object):
            items = list(object.items())
            if self._sort_dicts:
                items = _sorted(items, lambda item: item[0])
            context.append(object)
            self._format_dict_items(items, out, indent + self._indent_per_level, allowance + 1, context, level + 1)
            context.pop()
        out.write("}")

    def _format_dict_items(self, items, out, indent, allowance, context, level):
        last_index = len(items) - 1
        for i, (key, value) in enumerate(items):
            rep = self._repr(key, context, level)
            out.write(rep)
            out.write(": ")
            self._format(value, out, indent + len(rep) + 2, allowance if i == last_index else 1, context, level)
            if i != last_index:
                out.write(",\n" + " " * indent)

    def _pprint_sequence(self, opening, closing, object, out, indent, allowance, context, level):
        out.write(opening)
        context.append(object)
        self._format_items(list(object), out, indent, allowance + len(closing), context, level + 1)
        context.pop()
        out.write(closing)

    def _pprint_set(self, object, out, indent, allowance, context, level):
        if type(object) is set:
            out.write("{")
            closing = "}"
        else:
            out.write("frozenset({")
            closing = "})"
            indent = indent + len("frozenset") + 1
        items = _sorted(list(object), _sort_key)
        context.append(object)
        self._format_items(items, out, indent, allowance + len(closing), context, level + 1)
        context.pop()
        out.write(closing)

    def _format_items(self, items, out, indent, allowance, context, level):
        indent = indent + self._indent_per_level
        if self._indent_per_level > 1:
            out.write((self._indent_per_level - 1) * " ")
        newline = ",\n" + " " * indent
        separator = ""
        room = self._width - indent + 1
        full = room
        for i, item in enumerate(items):
            last = i == len(items) - 1
            if last:
                full = full - allowance
                room = room - allowance
            if self._compact:
                rep = self._repr(item, context, level)
                needed = len(rep) + 2
                if room < needed:
                    room = full
                    if separator:
                        separator = newline
                if room >= needed:
                    room = room - needed
                    out.write(separator)
                    separator = ", "
                    out.write(rep)
                    continue
            out.write(separator)
            separator = newline
            self._format(item, out, indent, allowance if last else 1, context, level)

    def _pprint_str(self, object, out, indent, allowance, level):
        lines = object.splitlines(True)
        if level == 0:
            indent = indent + 1
            allowance = allowance + 1
        width = self._width - indent
        chunks = []
        for i, line in enumerate(lines):
            last_line = i == len(lines) - 1
            line_width = width - allowance if last_line else width
            if len(repr(line)) <= line_width:
                chunks.append(repr(line))
                continue
            words = _words(line)
            current = ""
            for j, word in enumerate(words):
                word_width = width - allowance if (last_line and j == len(words) - 1) else width
                candidate = current + word
                if len(repr(candidate)) > word_width:
                    if current:
                        chunks.append(repr(current))
                    current = word
                else:
                    current = candidate
            if current:
                chunks.append(repr(current))
        if len(chunks) == 1:
            out.write(repr(object))
            return
        if level == 0:
            out.write("(")
        for i, chunk in enumerate(chunks):
            if i > 0:
                out.write("\n" + " " * indent)
            out.write(chunk)
        if level == 0:
            out.write(")")

    def _repr(self, object, context, level):
        return self._safe_repr(object, list(context), level)[0]

    def _safe_repr(self, object, context, level):
        """(repr, readable, recursive) of object, with dictionaries' keys sorted and depth limited."""
        t = type(object)
        if t is int and self._underscore_numbers:
            return "{:_d}".format(object), True, False
        is_dict = t is dict
        is_seq = t is list or t is tuple
        if not (is_dict or is_seq) or not object:
            rep = repr(object)
            return rep, not rep.startswith("<"), False
        for seen in context:
            if seen is object:
                return _recursion(object), False, True
        if self._depth is not None and level >= self._depth:
            if is_dict:
                return "{...}", False, False
            return ("[...]" if t is list else "(...)"), False, False
        context.append(object)
        readable = True
        recursive = False
        parts = []
        if is_dict:
            items = list(object.items())
            if self._sort_dicts:
                items = _sorted(items, lambda item: item[0])
            for key, value in items:
                krep, kreadable, krecur = self._safe_repr(key, context, level + 1)
                vrep, vreadable, vrecur = self._safe_repr(value, context, level + 1)
                parts.append(krep + ": " + vrep)
                readable = readable and kreadable and vreadable
                recursive = recursive or krecur or vrecur
        else:
            for item in object:
                rep, r, rec = self._safe_repr(item, context, level + 1)
                parts.append(rep)
                readable = readable and r
                recursive = recursive or rec
        context.pop()
        body = ", ".join(parts)
        if is_dict:
            return "{" + body + "}", readable, recursive
        if t is list:
            return "[" + body + "]", readable, recursive
        if len(parts) == 1:
            body = body + ","
        return "(" + body + ")", readable, recursive


def _words(line):
    """The line cut after each run of whitespace: every word keeps the spaces that follow it."""
    words = []
    current = ""
    for c in line:
        if current and not c.isspace() and current[-1].isspace():
            words.append(current)
            current = ""
        current = current + c
    if current:
        words.append(current)
    return words


def _recursion(object):
    return "<Recursion on %s with id=%s>" % (type(object).__name__, id(object))


def pformat(object, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True, underscore_numbers=False):
    return PrettyPrinter(indent=indent, width=width, depth=depth, compact=compact, sort_dicts=sort_dicts,
                         underscore_numbers=underscore_numbers).pformat(object)


def pprint(object, stream=None, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True,
           underscore_numbers=False):
    PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth, compact=compact, sort_dicts=sort_dicts,
                  underscore_numbers=underscore_numbers).pprint(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    return PrettyPrinter()._safe_repr(object, [], 0)[0]


def isreadable(object):
    return PrettyPrinter().isreadable(object)


def isrecursive(object):
    return PrettyPrinter().isrecursive(object)
