#!/usr/bin/env python3
"""Regenerates cases.tsv: formatting cases with the results CPython 3.11 gives.

    python3 regenerate.py > cases.tsv

Each line is  kind <TAB> value <TAB> text <TAB> expected  (comment lines start with '#').
  value     a Python literal (repr of int/float/str/bool/None/tuple/list/dict; floats may be inf/-inf/nan;
            ints too long for str() are in hex)
  text      a spec, template or ndigits, escaped (see esc)
  expected  the result, escaped, or '!ExceptionType: message'
Kinds:
  repr       repr(value)
  round      repr(round(value, int(text)))
  roundint   str(round(value))
  format     format(value, text)
  percent    text % value
  strformat  text.format(*value[0], **value[1])
  bin/oct/hex/str   bin(value) etc.
The output is deterministic (fixed seeds, no hash-order iteration).
"""
import math
import random
import struct
import sys

assert sys.version_info[:2] == (3, 11), "expected CPython 3.11"


def esc(s):
    """Backslash escapes for backslash and control characters, so every field stays on one TSV line."""
    out = []
    for ch in s:
        if ch == '\\':
            out.append('\\\\')
        elif ord(ch) < 0x20 or ord(ch) == 0x7f:
            out.append('\\x%02x' % ord(ch))
        else:
            out.append(ch)
    return ''.join(out)


def lit(v):
    """repr(v), except ints too long for str() are written in hex."""
    if isinstance(v, bool) or v is None or isinstance(v, (float, str)):
        return repr(v)
    if isinstance(v, int):
        return repr(v) if v.bit_length() < 10000 else hex(v)
    if isinstance(v, tuple):
        return '(' + ', '.join(lit(x) for x in v) + (',)' if len(v) == 1 else ')')
    if isinstance(v, list):
        return '[' + ', '.join(lit(x) for x in v) + ']'
    if isinstance(v, dict):
        return '{' + ', '.join(lit(k) + ': ' + lit(x) for k, x in v.items()) + '}'
    raise TypeError(type(v))


def outcome(fn):
    try:
        r = fn()
    except Exception as e:  # noqa: BLE001 - every Python error is an expected outcome
        return '!%s: %s' % (type(e).__name__, esc(str(e)))
    r = esc(r)
    return '\\x21' + r[1:] if r.startswith('!') else r


rows = []


def row(kind, value, text, fn):
    rows.append('\t'.join([kind, lit(value), esc(text), outcome(fn)]))


def section(title):
    rows.append('# ' + title)


def from_bits(bits):
    return struct.unpack('<d', struct.pack('<Q', bits))[0]


# ---------------------------------------------------------------- repr
section('repr: special values, powers of ten and their neighbours, classic cases')
specials = [0.0, -0.0, math.inf, -math.inf, math.nan, 1.0, -1.0, 0.1, 0.2, 0.1 + 0.2, 0.3, 1.1, 2.675, 1 / 3, 2 / 3,
            100.0, 123456789.0, 1e16, 1e-5, 1.5e-5, 5e-324, 1e-323, 2.2250738585072014e-308,
            2.225073858507201e-308, 1.7976931348623157e308, 2.0 ** 53, 2.0 ** 53 + 2, 2e16 + 8, 9007199254740993.0,
            1e22, 1e23, 1e21, 5e-5, 0.0001, 0.00001, 123e-7, 1.2345678901234568e17, 123456789012345678.0,
            9999999999999998.0, 9999999999999999.0, 1e15, 1e17, 0.5, 1.5, 2.5, 4.35, 0.07, 1e100, 1e-100,
            562949953421312.25, 4.9406564584124654e-324, 2.0 ** -1022, 2.0 ** 1023, 2.0 ** -1074 * 3, 123.456,
            3.141592653589793, 2.718281828459045, 1e308, 9.999999999999999e22, 0.000123, 1234567.0]
for x in specials:
    for v in ([x, -x] if x == x and x != 0 else [x]):
        row('repr', v, '', lambda v=v: repr(v))
for e in range(-25, 26):
    p = float('1e%d' % e)
    for v in (p, math.nextafter(p, 0), math.nextafter(p, math.inf), 5 * p, 9.5 * p):
        row('repr', v, '', lambda v=v: repr(v))
for e in range(-1074, 1024, 37):
    for v in (2.0 ** e, math.nextafter(2.0 ** e, 0), math.nextafter(2.0 ** e, math.inf)):
        row('repr', v, '', lambda v=v: repr(v))

section('repr: random bit patterns')
rnd = random.Random(20240611)
for _ in range(1200):
    v = from_bits(rnd.getrandbits(64))
    row('repr', v, '', lambda v=v: repr(v))
section('repr: random short decimals')
for _ in range(300):
    v = float('%d.%de%d' % (rnd.randrange(1, 10), rnd.randrange(0, 10 ** rnd.randrange(1, 8)), rnd.randrange(-30, 30)))
    row('repr', v, '', lambda v=v: repr(v))

# ---------------------------------------------------------------- round
section('round(x, n)')
round_cases = [(2.675, 2), (0.5, 0), (1.5, 0), (2.5, 0), (-0.5, 0), (-0.4, 0), (-0.0, 2), (25.0, -1), (35.0, -1),
               (123.456, -2), (123.456, -3), (-123.456, -3), (1e300, -300), (1.7976931348623157e308, -308),
               (1.7976931348623157e308, -307), (0.125, 2), (0.375, 2), (5e-324, 323), (5e-324, 324), (1.23, 400),
               (1.23, -400), (-1.23, -400), (math.inf, 2), (-math.inf, 0), (math.nan, 1), (0.1 + 0.2, 15),
               (0.1 + 0.2, 16), (0.1 + 0.2, 17), (1.0000000000000002, 15), (1234.5, -1), (1245.0, -1), (0.05, 1),
               (0.15, 1), (0.25, 1), (0.35, 1), (2.5e-10, 10), (12345678901234567890.0, -5), (1e22, -22), (1.5, 323),
               (1.5, -308), (9.5e307, -308), (0.0, -5), (7.0, 0), (-2.5, 0), (0.285, 2), (1.005, 2)]
for x, n in round_cases:
    row('round', x, str(n), lambda x=x, n=n: repr(round(x, n)))
for _ in range(150):
    x = rnd.choice([rnd.uniform(-1000, 1000), rnd.uniform(-1, 1), from_bits(rnd.getrandbits(64))])
    n = rnd.randrange(-5, 20)
    row('round', x, str(n), lambda x=x, n=n: repr(round(x, n)))
section('round(x)')
for x in [0.5, 1.5, 2.5, -0.5, -1.5, 0.49999999999999994, 2.675, 1e300, -1e300, math.inf, -math.inf, math.nan,
          4503599627370497.0, -0.0, 1e16 + 2, 123.5, 124.5]:
    row('roundint', x, '', lambda x=x: str(round(x)))

# ---------------------------------------------------------------- format: floats
FLOAT_VALUES = [0.0, -0.0, 1.0, -1.5, 0.1, 1234.5678, -1234.5678, 1e16, 1e-5, 123456789.123, 1e20, 12.0, 123.0,
                5e-324, 1.7976931348623157e308, math.inf, -math.inf, math.nan, 0.5, 2.5, 1 / 3, 1e100, 9.999999,
                0.0001, 99.99, -0.0004, 1234567.0, 0.000123456]
FLOAT_SPECS = ['', '.3', '.0', '.1', '.16', '.17', '.20', 'e', '.2e', 'E', '.0e', '#.0e', '#e', 'f', '.2f', '.0f',
               '#.0f', 'F', '.20f', 'g', '.3g', '.0g', 'G', '#g', '#.3g', '.17g', 'n', '.3n', '%', '.1%', '.0%',
               '10', '<10', '^10', '>10', '=10', '010', '+', ' ', '-', '+.2f', ' .2f', '-.2f', ',', ',.2f', '_.2f',
               '015,.2f', '012_.3e', '*^20.3f', 'x<12.2%', 'z.1f', 'z', '+z.0f', 'z.3e', '#', '#.3', '#10.0f',
               '=+12.3f', '0=12.3f', '^012.2f', '0<12', '#x', 'x', 'd', 'c', 's', ',n', ',x', '_g', '.2z']
section('format(float, spec)')
for v in FLOAT_VALUES:
    for spec in FLOAT_SPECS:
        row('format', v, spec, lambda v=v, spec=spec: format(v, spec))

# ---------------------------------------------------------------- format: ints and bools
INT_VALUES = [0, 1, -1, 42, -42, 255, -255, 1234567, -1234567, 2 ** 64, -(2 ** 100), 10 ** 30, 65, 0x10FFFF,
              0x1F600, 123456789012345678901234567890, True, False]
INT_SPECS = ['', 'd', 'b', 'o', 'x', 'X', '#b', '#o', '#x', '#X', 'n', ',', '_', '_b', '_o', '_x', '_X', '#_x',
             ',d', '010', '#010x', '#010X', '+', ' ', '-', '+d', ' x', '=+10', '*^15,', '<10', '>10', '^10', '10',
             '0', '00', '0=8', 'x=8', '012,', '012_', '012_x', '#012_b', '#_b', 'e', '.2e', '.2f', 'F', '%', '.1%',
             'g', 'G', '010.3f', ',.2f', 'c', '>5c', '#c', '+c', 'z', 'zd', '.2', '.2d', ',b', ',c', ',x', 's', 'r',
             'à', '+#_X', '^#12o']
section('format(int, spec) and format(bool, spec)')
for v in INT_VALUES:
    for spec in INT_SPECS:
        if spec.endswith('c') and not (0 <= v <= 0x10FFFF) and v not in (-1, -42, 2 ** 64):
            continue
        row('format', v, spec, lambda v=v, spec=spec: format(v, spec))

# ---------------------------------------------------------------- format: strings and other objects
STR_VALUES = ['abc', '', 'hello world', 'héllo', '😀x', 'a\tb']
STR_SPECS = ['', 's', '10', '<10', '>10', '^10', '^9', '*^9', '.2', '10.2', '.0', '.10', '=10', '+', ' ', '-',
             '#', 'z', ',', '_', 'd', 'x', '05', '010.1', '😀^7', 'é<5', 'x<3', '0>6', '<', '3', '1.1']
section('format(str, spec)')
for v in STR_VALUES:
    for spec in STR_SPECS:
        row('format', v, spec, lambda v=v, spec=spec: format(v, spec))
section('format(object, spec)')
for v in [None, (1, 2), [1, 2], {'a': 1}]:
    for spec in ['', '>5', 's']:
        row('format', v, spec, lambda v=v, spec=spec: format(v, spec))

section('format: spec syntax errors')
for v in [7, 7.5, 'x']:
    for spec in ['abc', '.', '10.', ',_', '_,', ',,', '..2', '<<<', '1.2.3', '99999999999999999999',
                 '.99999999999999999999', '>>', '=', '^', '0<', '0=', ' 5', '+ ', 'zz', '##', '5z']:
        row('format', v, spec, lambda v=v, spec=spec: format(v, spec))

# ---------------------------------------------------------------- format: random specs
section('format: random specs')


def random_spec(r, types):
    s = ''
    if r.random() < 0.3:
        s += r.choice(['', '*', '0', 'x', ' ', '😀']) + r.choice('<>^=')
    if r.random() < 0.3:
        s += r.choice('+- ')
    if r.random() < 0.1:
        s += 'z'
    if r.random() < 0.2:
        s += '#'
    if r.random() < 0.2:
        s += '0'
    if r.random() < 0.5:
        s += str(r.randrange(0, 25))
    if r.random() < 0.3:
        s += r.choice(',_')
    if r.random() < 0.5:
        s += '.' + str(r.randrange(0, 25))
    if r.random() < 0.8:
        s += r.choice(types)
    return s


for _ in range(700):
    v = rnd.choice([from_bits(rnd.getrandbits(64)), rnd.uniform(-1e6, 1e6), rnd.uniform(-1, 1),
                    float(rnd.randrange(-10 ** 6, 10 ** 6)), rnd.choice(FLOAT_VALUES)])
    spec = random_spec(rnd, 'eEfFgGn%')
    row('format', v, spec, lambda v=v, spec=spec: format(v, spec))
for _ in range(400):
    v = rnd.choice([rnd.randrange(-10 ** 6, 10 ** 6), rnd.randrange(-2 ** 80, 2 ** 80), rnd.randrange(0, 200)])
    spec = random_spec(rnd, 'bcdoxXneEfFgG%')
    row('format', v, spec, lambda v=v, spec=spec: format(v, spec))

section('format: int digit limit')
row('format', 10 ** 4299, '', lambda: format(10 ** 4299, ''))
row('format', 10 ** 4300, 'd', lambda: format(10 ** 4300, 'd'))
row('format', -10 ** 4300, ',', lambda: format(-10 ** 4300, ','))
row('format', 10 ** 400, '.2e', lambda: format(10 ** 400, '.2e'))

# ---------------------------------------------------------------- bin / oct / hex / str of ints
section('bin, oct, hex, str')
for v in [0, 1, -1, 5, -5, 255, -255, 8, 2 ** 64, -(2 ** 70), True]:
    for kind, fn in [('bin', bin), ('oct', oct), ('hex', hex), ('str', str)]:
        row(kind, v, '', lambda v=v, fn=fn: fn(v))

# ---------------------------------------------------------------- percent
section('percent: str % args')
inf, nan = math.inf, math.nan
PERCENT = [
    ('%s', 'abc'), ('%s', ('abc',)), ('%s', (1,)), ('%s', (1, 2)), ('%s %s', (1,)), ('%d', 3.7), ('%d', -3.7),
    ('%d', True), ('%s', True), ('%r', 'abc'), ('%a', 'héllo'), ('%a', 'x😀'), ('%5s', 'ab'), ('%-5s|', 'ab'),
    ('%.1s', 'abc'), ('%5.1s', 'abc'), ('%c', 65), ('%c', 'x'), ('%c', 'xy'), ('%c', 3.0), ('%c', -1),
    ('%c', 0x110000), ('%c', 2 ** 70), ('%c', '😀'), ('%x', 255), ('%#x', 255), ('%#X', 255), ('%#o', 8),
    ('%o', -8), ('%#5x', 255), ('%#05x', 255), ('%-#8x|', 255), ('%#08x', -255), ('%08.3f', -3.14159), ('%+d', 5),
    ('% d', 5), ('%+ d', 5), ('%05d', -42), ('%-05d|', -42), ('%.5d', 42), ('%.5x', -255), ('%#.5x', 255),
    ('%#.5X', -255), ('%10.3e', 12345.678), ('%g', 1e-5), ('%g', 123456789.0), ('%#g', 1.0), ('%G', 1e-10),
    ('%e', 0.0), ('%f', inf), ('%F', inf), ('%f', nan), ('%+f', nan), ('%05f', inf), ('%-6f|', -inf),
    ('%5%', ()), ('%%', ()), ('100%%', ()), ('%', ()), ('%y', 1), ('%y', ()), ('a%', 1), ('%Z', 'x'),
    ('%\u00e9', 1), ('ab%\x01', 1), ('%(a)s', {'a': 1}), ('%(a)s %(b)r', {'a': 1, 'b': 'x'}), ('%(a)s', {}),
    ('%(a)s', (1,)), ('%(a)s', 1), ('%s', {'a': 1}), ('%s %s', {'a': 1}), ('abc', {'a': 1}), ('abc', 5),
    ('abc', ()), ('abc', [1]), ('%s', [1, 2]), ('%s %s', [1, 2]), ('%(a)s', [1]), ('%*d', (5, 42)),
    ('%-*d|', (5, 42)), ('%*d', (-5, 42)), ('%.*f', (2, 3.14159)), ('%.*f', (-2, 3.14159)),
    ('%*.*f', (8, 2, 3.14159)), ('%*d', ('x', 1)), ('%*d', 5), ('%.*d', (1.5, 1)), ('%*d', (2 ** 70, 1)),
    ('%.*d', (2 ** 40, 1)), ('%d', 'x'), ('%x', 3.0), ('%X', 'a'), ('%o', None), ('%f', 'x'), ('%f', 10 ** 400),
    ('%e', None), ('%d', 10 ** 5000), ('%x', 10 ** 5000 // 10 ** 4950), ('%d', inf), ('%d', nan), ('%x', inf),
    ('%ld', 5), ('%hd', 5), ('%Lf', 1.5), ('%l', 5), ('%(a)', {'a': 1}), ('%(a', {'a': 1}),
    ('%(a(b))s', {'a(b)': 1}), ('%(a)s %s', {'a': 1}), ('%(a)s%%', {'a': 1}), ('%(a)*d', {'a': 1}),
    ('%s', None), ('%s', (None,)), ('%r', (1.5,)), ('%s', (1e16,)), ('%s', 0.1), ('%.3s', (1.23456,)),
    ('%-5d|', True), ('%x', True), ('%5.2%', ()), ('%s %s %s', (1, 'a', 2.5)), ('%3c|', 'x'), ('%-3c|', 65),
    ('%s', ((1, 2),)), ('%d', (1,)), ('%.0f', 0.5), ('%.0f', 1.5), ('%.2f', 2.675), ('%.20f', 0.1),
    ('%e', 1e300), ('%.3g', 0.0001), ('%#.3g', 0.0001), ('%#.0f', 1.0), ('%#.0e', 1.0), ('%i', 7), ('%u', 7),
    ('%5.3d', 7), ('%-+5d|', 7), ('%+.3e', 12.5), ('% 08.2f', 3.5), ('%0 8.2f', -3.5), ('%.2s', 'héllo'),
    ('%s', 'héllo'), ('%r', "it's"), ('%r', 'say "hi"'), ('%r', 'both \' and "'), ('%r', 'tab\there\n'),
    ('%r', '\x00\x7f\x80\xa0\u2028\u200b'), ('%a', '\u00e9\u20ac\U0001f600'), ('%5.1f%%', 99.44),
    ('%s', 10 ** 20), ('%x', 2 ** 70), ('%X', -2 ** 70), ('%o', 0), ('%#o', 0), ('%#x', 0), ('%c', 0x1F600),
    ('%c', True), ('%s', False), ('%r', (1, 'a')), ('%s', ((1, 'a'),)), ('%s', ()), ('%r', {'k': [1, 'v']}),
    ('%-+08.2f|', 3.5), ('%+08d', 42), ('%+#08x', 42), ('% #8o', 8), ('%#-8X|', 255), ('%010s', 'ab'),
    ('%-010.3f|', 1.0), ('%20.15g', 0.1), ('%.17g', 0.1), ('%.0e', 12345.0), ('%#x', -0), ('%d', -0.0),
    ('%f', -0.0), ('%.3f', -0.0001), ('%G', inf), ('%E', nan), ('%s%s', ('a', 'b')), ('%%%s%%', 'x'),
    ('%.1000s', 'short'), ('%3$s', 1), ('%.f', 1.5), ('%.e', 1.5), ('%-.3s|', 'abcdef'), ('%5.0s|', 'abc'),
    ('%(x)s %(x)r', {'x': 'q'}), ('%(x)c', {'x': 66}), ('%()s', {'': 'empty'}), ('%c', 'é'), ('%5c|', '😀'),
    ('%r', '😀\U000e0001'), ('%a', 'a\x00b'), ('%.2r', 'abc'), ('%.2a', 'é'),
]
for template, args in PERCENT:
    row('percent', args, template, lambda t=template, a=args: t % a)

# ---------------------------------------------------------------- str.format
section('strformat: template.format(*args, **kwargs)')
STRFORMAT = [
    ('{}', (1,), {}), ('{} {}', (1, 2), {}), ('{0} {1} {0}', ('a', 'b'), {}), ('{a}', (), {'a': 1}),
    ('{}', (), {}), ('{2}', (1, 2), {}), ('{a}', (), {}), ('{0} {}', (1, 2), {}), ('{} {0}', (1, 2), {}),
    ('{:{}}', (3, 5), {}), ('{:{}.{}f}', (3.14159, 8, 2), {}), ('{0:{1}}', ('x', 5), {}),
    ('{:{}}{}', ('a', 3, 'b'), {}), ('{:>{}}', ('a', 3), {}), ('{0:{a}}', ('x',), {'a': '>4'}),
    ('{:{:{}}}', (1, 2, 3), {}), ('{{}}', (), {}), ('{{{}}}', (1,), {}), ('}', (), {}), ('{', (), {}),
    ('a}b', (), {}), ('a{b', (), {}), ('{0', (1,), {}), ('{0:', (1,), {}), ('{0!', (1,), {}), ('{0!r', (1,), {}),
    ('{0!x}', (1,), {}), ('{0!rx}', (1,), {}), ('{0!}', (1,), {}), ('{!r}', ('a',), {}), ('{!s:>5}', ('a',), {}),
    ('{!a}', ('é',), {}), ('{0[0]}', ((1, 2),), {}), ('{0[1]}', ('ab',), {}), ('{0[a]}', ({'a': 5},), {}),
    ('{0[5]}', ((1,),), {}), ('{0[x]}', ((1,),), {}), ('{0.real}', (5,), {}), ('{0.imag}', (2.5,), {}),
    ('{0.foo}', (5,), {}), ('{0.}', (5,), {}), ('{0[}', (1,), {}), ('{0[0]x}', ((1,),), {}), ('{0[]}', ((1,),), {}),
    ('{0.a.}', (1,), {}), ('{0.real.}', (1,), {}), ('{5} }', (1,), {}), ('{0} }', (1,), {}), ('{:d}', ('a',), {}),
    ('{:x}', (1.5,), {}), ('{:,}', (1234567,), {}), ('{:_b}', (255,), {}), ('{:%}', (0.25,), {}),
    ('{:s}', (5,), {}), ('{:>5}', (None,), {}), ('{}', (None,), {}), ('{}', (True,), {}), ('{:d}', (True,), {}),
    ('{:>5}', (True,), {}), ('{:s}', (True,), {}), ('{0}{1}', ('a',), {}), ('{a.real}', (), {'a': 3}),
    ('{[0]}', ((7, 8),), {}), ('{.real}', (3,), {}), ('{0[{]}', ({'{': 'x'},), {}), ('{0[}]}', ({'}': 'y'},), {}),
    ('{!}', (1,), {}), ('{:}', (1,), {}), ('{!r:}', ('a',), {}), ('{0!r:>{1}}', ('a', 6), {}),
    ('{:{!r}}', ('a', 5), {}), ('{0:{1}}', (1, '{}'), {}), ('{00}', ('a',), {}), ('{\u0663}', (1, 2, 3, 4), {}),
    ('{0x}', (), {'0x': 'hex'}), ('{ }', (), {' ': 'space'}), ('{-1}', (1,), {}), ('{99999999999999999999}', (1,), {}),
    ('{0[99999999999999999999]}', ((1,),), {}), ('{0:{1}{2}}', ('x', '>', 5), {}), ('{0:{{}}}', (1,), {}),
    ('{a[0]}', (), {'a': (1, 2)}), ('{a[b]}', (), {'a': {'b': 'c'}}), ('{a[1]}', (), {'a': {1: 'one'}}),
    ('{a[1]}', (), {'a': {'1': 'one'}}), ('{0[0][1]}', (((1, 'deep'),),), {}), ('{0[0].imag}', ((2.5,),), {}),
    ('{:!<10}', ('x',), {}), ('{:=^10}', ('x',), {}), ('{:{{}}}', (1,), {}), ('{!r:{}}', ('a', 5), {}),
    ('{:{}!r}', ('a', 5), {}), ('{:{}:{}}', ('a', 5, 6), {}), ('{:{}}', ('a', '}'), {}),
    ('x{}y{}z', ('é', '😀'), {}), ('{0}{0}{0}', ('ab',), {}), ('{a}{b}', (), {'a': 1}), ('{b}{a}', (), {'a': 1}),
    ('{0:.{1}f}', (2.5, 0), {}), ('{:.{}}', ('abcdef', 3), {}), ('{:<{}}|', ('ab', 5), {}), ('{0:{0}}', (5,), {}),
    ('{!a:}', ('é',), {}), ('{!r:^9}', ('é',), {}), ('{!s}', (1.0,), {}), ('{!r}', ((1,),), {}),
    ('{0!r}{0!s}{0!a}', ('\u20ac',), {}), ('{!\u00e9}', (1,), {}), ('{!\U0001f600}', (1,), {}), ('{0:}}', (1,), {}),
    ('{{0}}', (1,), {}), ('{}}}', (1,), {}), ('{{{{', (), {}), ('}}}}', (), {}), ('{}{{', (1,), {}),
    ('{a!r}', (), {'a': 'x'}), ('{a[0]!s:>3}', (), {'a': 'xyz'}), ('{0[0]}', ('',), {}), ('{0[2]}', ([1, 2],), {}),
    ('{0[1]}', ([1, 2],), {}), ('{0.x}', ([1],), {}), ('{:}', ([1, 2],), {}), ('{:s}', ([1, 2],), {}),
    ('{:{}}', (1.5, '010.3f'), {}), ('{:{}}', (255, '#x'), {}), ('{:{}{}}', (255, '#', 'x'), {}),
]
for template, args, kwargs in STRFORMAT:
    row('strformat', (args, kwargs), template, lambda t=template, a=args, k=kwargs: t.format(*a, **k))

print('# Generated by regenerate.py with CPython %s. Do not edit.' % sys.version.split()[0])
print('\n'.join(rows))
