# The string module, written in the scenario language: CPython 3.11's constants, capwords and Template (whose
# placeholders are read here by hand, as the simulator has no re module).

whitespace = ' \t\n\r\x0b\x0c'
ascii_lowercase = 'abcdefghijklmnopqrstuvwxyz'
ascii_uppercase = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
ascii_letters = ascii_lowercase + ascii_uppercase
digits = '0123456789'
hexdigits = digits + 'abcdef' + 'ABCDEF'
octdigits = '01234567'
punctuation = r"""!"#$%&'()*+,-./:;<=>?@[\]^_`{|}~"""
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or ' ').join([x.capitalize() for x in s.split(sep)])


_IDENTIFIER_START = '_' + ascii_letters
_IDENTIFIER_PART = _IDENTIFIER_START + digits


class Template:
    delimiter = '$'

    def __init__(self, template):
        self.template = template

    def _identifier_at(self, text, i):
        j = i
        if j < len(text) and text[j] in _IDENTIFIER_START:
            j += 1
            while j < len(text) and text[j] in _IDENTIFIER_PART:
                j += 1
        return text[i:j]

    def _invalid(self, i):
        lines = self.template[:i].splitlines(True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len(''.join(lines[:-1]))
            lineno = len(lines)
        raise ValueError('Invalid placeholder in string: line %d, col %d' % (lineno, colno))

    def _render(self, lookup, safe):
        text = self.template
        mark = self.delimiter
        width = len(mark)
        out = []
        i = 0
        n = len(text)
        while i < n:
            if text[i:i + width] != mark:
                out.append(text[i])
                i += 1
                continue
            after = i + width
            if text[after:after + width] == mark:
                out.append(mark)
                i = after + width
                continue
            if after < n and text[after] == '{':
                name = self._identifier_at(text, after + 1)
                end = after + 1 + len(name)
                if name and end < n and text[end] == '}':
                    out.append(lookup(name, text[i:end + 1]))
                    i = end + 1
                    continue
            else:
                name = self._identifier_at(text, after)
                if name:
                    out.append(lookup(name, text[i:after + len(name)]))
                    i = after + len(name)
                    continue
            if not safe:
                self._invalid(after)
            out.append(mark)
            i = after
        return ''.join(out)

    def substitute(self, mapping=None, **kws):
        values = _merged(mapping, kws)

        def lookup(name, original):
            return '%s' % (values[name],)
        return self._render(lookup, False)

    def safe_substitute(self, mapping=None, **kws):
        values = _merged(mapping, kws)

        def lookup(name, original):
            if name in values:
                return '%s' % (values[name],)
            return original
        return self._render(lookup, True)


def _merged(mapping, kws):
    values = {}
    if mapping is not None:
        for key in mapping:
            values[key] = mapping[key]
    for key in kws:
        values[key] = kws[key]
    return values
