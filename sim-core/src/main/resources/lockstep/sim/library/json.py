# The json module, written to CPython 3.11's documented behaviour: dumps/dump with indent, separators, sort_keys,
# ensure_ascii, allow_nan, skipkeys and default; loads/load with parse_float, parse_int, object_hook and
# object_pairs_hook, and the JSONDecodeError messages of CPython's scanner.


class JSONDecodeError(ValueError):
    def __init__(self, msg, doc, pos):
        lineno = doc.count("\n", 0, pos) + 1
        colno = pos - doc.rfind("\n", 0, pos)
        ValueError.__init__(self, "%s: line %d column %d (char %d)" % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno


JSONDecodeError.__module__ = "json.decoder"

_ESCAPES = {"\"": "\\\"", "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}


def _quote(s, ensure_ascii):
    out = ["\""]
    for c in s:
        if c in _ESCAPES:
            out.append(_ESCAPES[c])
            continue
        code = ord(c)
        if code < 0x20 or (ensure_ascii and code > 0x7e):
            if code > 0xffff:
                code = code - 0x10000
                out.append("\\u%04x\\u%04x" % (0xd800 | (code >> 10), 0xdc00 | (code & 0x3ff)))
            else:
                out.append("\\u%04x" % code)
        else:
            out.append(c)
    out.append("\"")
    return "".join(out)


def _float_text(x, allow_nan):
    if x != x:
        text = "NaN"
    elif x == float("inf"):
        text = "Infinity"
    elif x == -float("inf"):
        text = "-Infinity"
    else:
        return repr(x)
    if not allow_nan:
        raise ValueError("Out of range float values are not JSON compliant")
    return text


class JSONEncoder:
    item_separator = ", "
    key_separator = ": "

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        if indent is not None and not isinstance(indent, str):
            indent = " " * indent
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ","
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError("Object of type " + o.__class__.__name__ + " is not JSON serializable")

    def encode(self, o):
        out = []
        self._encode(o, out, 0, [])
        return "".join(out)

    def _newline(self, level):
        if self.indent is None:
            return ""
        return "\n" + self.indent * level

    def _enter(self, o, markers):
        if self.check_circular:
            for m in markers:
                if m is o:
                    raise ValueError("Circular reference detected")
            markers.append(o)

    def _encode(self, o, out, level, markers):
        if isinstance(o, str):
            out.append(_quote(o, self.ensure_ascii))
        elif o is None:
            out.append("null")
        elif o is True:
            out.append("true")
        elif o is False:
            out.append("false")
        elif isinstance(o, int):
            out.append(repr(o))
        elif isinstance(o, float):
            out.append(_float_text(o, self.allow_nan))
        elif isinstance(o, list) or isinstance(o, tuple):
            self._encode_list(o, out, level, markers)
        elif isinstance(o, dict):
            self._encode_dict(o, out, level, markers)
        else:
            self._enter(o, markers)
            self._encode(self.default(o), out, level, markers)
            if self.check_circular:
                markers.pop()

    def _encode_list(self, o, out, level, markers):
        if not o:
            out.append("[]")
            return
        self._enter(o, markers)
        out.append("[")
        separator = self.item_separator + self._newline(level + 1)
        out.append(self._newline(level + 1))
        first = True
        for item in o:
            if not first:
                out.append(separator)
            first = False
            self._encode(item, out, level + 1, markers)
        out.append(self._newline(level))
        out.append("]")
        if self.check_circular:
            markers.pop()

    def _key_text(self, key):
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return _float_text(key, self.allow_nan)
        if key is True:
            return "true"
        if key is False:
            return "false"
        if key is None:
            return "null"
        if isinstance(key, int):
            return repr(key)
        if self.skipkeys:
            return None
        raise TypeError("keys must be str, int, float, bool or None, not " + key.__class__.__name__)

    def _encode_dict(self, o, out, level, markers):
        if not o:
            out.append("{}")
            return
        self._enter(o, markers)
        out.append("{")
        separator = self.item_separator + self._newline(level + 1)
        out.append(self._newline(level + 1))
        items = list(o.items())
        if self.sort_keys:
            items = sorted(items)
        first = True
        for key, value in items:
            key = self._key_text(key)
            if key is None:
                continue
            if not first:
                out.append(separator)
            first = False
            out.append(_quote(key, self.ensure_ascii))
            out.append(self.key_separator)
            self._encode(value, out, level + 1, markers)
        out.append(self._newline(level))
        out.append("}")
        if self.check_circular:
            markers.pop()


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None, indent=None,
          separators=None, default=None, sort_keys=False, **kw):
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular, allow_nan=allow_nan,
               indent=indent, separators=separators, default=default, sort_keys=sort_keys, **kw).encode(obj)


def dump(obj, fp, **kw):
    fp.write(dumps(obj, **kw))


_WHITESPACE = " \t\n\r"
_DIGITS = "0123456789"


class _Scanner:
    def __init__(self, doc, parse_float, parse_int, parse_constant, object_hook, object_pairs_hook, strict):
        self.doc = doc
        self.parse_float = parse_float
        self.parse_int = parse_int
        self.parse_constant = parse_constant
        self.object_hook = object_hook
        self.object_pairs_hook = object_pairs_hook
        self.strict = strict

    def skip(self, pos):
        doc = self.doc
        while pos < len(doc) and doc[pos] in _WHITESPACE:
            pos = pos + 1
        return pos

    def fail(self, msg, pos):
        return JSONDecodeError(msg, self.doc, pos)

    def value(self, pos):
        """The value starting at pos (no whitespace before it) and the position after it."""
        doc = self.doc
        c = doc[pos] if pos < len(doc) else ""
        if c == "\"":
            return self.string(pos + 1)
        if c == "{":
            return self.object(pos + 1)
        if c == "[":
            return self.array(pos + 1)
        for word, result in (("null", None), ("true", True), ("false", False)):
            if doc.startswith(word, pos):
                return result, pos + len(word)
        for word in ("NaN", "Infinity", "-Infinity"):
            if doc.startswith(word, pos):
                return self.parse_constant(word), pos + len(word)
        return self.number(pos)

    def number(self, pos):
        doc = self.doc
        end = pos
        if end < len(doc) and doc[end] == "-":
            end = end + 1
        if end < len(doc) and doc[end] == "0":
            end = end + 1
        elif end < len(doc) and doc[end] in "123456789":
            while end < len(doc) and doc[end] in _DIGITS:
                end = end + 1
        else:
            raise self.fail("Expecting value", pos)
        integer_end = end
        if end + 1 < len(doc) and doc[end] == "." and doc[end + 1] in _DIGITS:
            end = end + 2
            while end < len(doc) and doc[end] in _DIGITS:
                end = end + 1
        if end < len(doc) and doc[end] in "eE":
            e = end + 1
            if e < len(doc) and doc[e] in "+-":
                e = e + 1
            if e < len(doc) and doc[e] in _DIGITS:
                while e < len(doc) and doc[e] in _DIGITS:
                    e = e + 1
                end = e
        if end == integer_end:
            return self.parse_int(doc[pos:end]), end
        return self.parse_float(doc[pos:end]), end

    def string(self, pos):
        doc = self.doc
        begin = pos - 1
        chunks = []
        while True:
            start = pos
            while pos < len(doc) and doc[pos] != "\"" and doc[pos] != "\\" and (ord(doc[pos]) >= 0x20
                                                                                 or not self.strict):
                pos = pos + 1
            if pos >= len(doc):
                raise self.fail("Unterminated string starting at", begin)
            chunks.append(doc[start:pos])
            c = doc[pos]
            if c == "\"":
                return "".join(chunks), pos + 1
            if c != "\\":
                raise self.fail("Invalid control character at", pos)
            if pos + 1 >= len(doc):
                raise self.fail("Unterminated string starting at", begin)
            esc = doc[pos + 1]
            if esc == "u":
                code = self.hex4(pos)
                pos = pos + 6
                if 0xd800 <= code <= 0xdbff and doc.startswith("\\u", pos):
                    low = self.hex4(pos)
                    if 0xdc00 <= low <= 0xdfff:
                        code = 0x10000 + (((code - 0xd800) << 10) | (low - 0xdc00))
                        pos = pos + 6
                chunks.append(chr(code))
                continue
            simple = {"\"": "\"", "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
            if esc not in simple:
                raise self.fail("Invalid \\escape", pos)
            chunks.append(simple[esc])
            pos = pos + 2

    def hex4(self, pos):
        digits = self.doc[pos + 2:pos + 6]
        if len(digits) == 4 and digits[0] not in "xX+-":
            value = 0
            for c in digits.lower():
                d = "0123456789abcdef".find(c)
                if d < 0:
                    raise self.fail("Invalid \\uXXXX escape", pos + 1)
                value = value * 16 + d
            return value
        raise self.fail("Invalid \\uXXXX escape", pos + 1)

    def object(self, pos):
        doc = self.doc
        pairs = []
        pos = self.skip(pos)
        if pos < len(doc) and doc[pos] == "}":
            return self.finish_object(pairs), pos + 1
        while True:
            if pos >= len(doc) or doc[pos] != "\"":
                raise self.fail("Expecting property name enclosed in double quotes", pos)
            key, pos = self.string(pos + 1)
            pos = self.skip(pos)
            if pos >= len(doc) or doc[pos] != ":":
                raise self.fail("Expecting ':' delimiter", pos)
            pos = self.skip(pos + 1)
            value, pos = self.value(pos)
            pairs.append((key, value))
            pos = self.skip(pos)
            if pos < len(doc) and doc[pos] == "}":
                return self.finish_object(pairs), pos + 1
            if pos >= len(doc) or doc[pos] != ",":
                raise self.fail("Expecting ',' delimiter", pos)
            pos = self.skip(pos + 1)

    def finish_object(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        result = dict(pairs)
        if self.object_hook is not None:
            return self.object_hook(result)
        return result

    def array(self, pos):
        doc = self.doc
        items = []
        pos = self.skip(pos)
        if pos < len(doc) and doc[pos] == "]":
            return items, pos + 1
        while True:
            value, pos = self.value(pos)
            items.append(value)
            pos = self.skip(pos)
            if pos < len(doc) and doc[pos] == "]":
                return items, pos + 1
            if pos >= len(doc) or doc[pos] != ",":
                raise self.fail("Expecting ',' delimiter", pos)
            pos = self.skip(pos + 1)


def _constant(word):
    return {"NaN": float("nan"), "Infinity": float("inf"), "-Infinity": float("-inf")}[word]


class JSONDecoder:
    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None, strict=True,
                 object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        scanner = _Scanner(s, self.parse_float, self.parse_int, self.parse_constant, self.object_hook,
                           self.object_pairs_hook, self.strict)
        pos = scanner.skip(0)
        value, end = scanner.value(pos)
        end = scanner.skip(end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return value


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
          object_pairs_hook=None, **kw):
    if not isinstance(s, str):
        raise TypeError("the JSON object must be str, bytes or bytearray, not " + s.__class__.__name__)
    if s.startswith("\ufeff"):
        raise JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", s, 0)
    if cls is None:
        cls = JSONDecoder
    return cls(object_hook=object_hook, parse_float=parse_float, parse_int=parse_int, parse_constant=parse_constant,
               object_pairs_hook=object_pairs_hook, **kw).decode(s)


def load(fp, **kw):
    return loads(fp.read(), **kw)
