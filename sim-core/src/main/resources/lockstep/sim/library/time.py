# The time module: the virtual clock's natives (_time) and, in the scenario language, the calendar functions.
# The simulated computer's clock reads 1700000000.0 (2023-11-14 22:13:20 UTC) when the run starts, and its local
# time zone is UTC, so every date a run prints is the same on every machine.
import _time

sleep = _time.sleep
time = _time.time
perf_counter = _time.perf_counter
monotonic = _time.monotonic
time_ns = _time.time_ns
perf_counter_ns = _time.perf_counter_ns


def monotonic_ns():
    return _time.perf_counter_ns()


def process_time():
    return _time.perf_counter()


def thread_time():
    return _time.perf_counter()


timezone = 0
altzone = 0
daylight = 0
tzname = ("UTC", "UTC")

_FIELDS = ("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst")
_DAY_ABBR = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_DAY_NAME = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_MONTH_ABBR = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONTH_NAME = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
               "November", "December")


# A struct sequence, as CPython's: a tuple of the nine fields above, named, with tm_zone and tm_gmtoff as read-only
# attributes outside the tuple (None unless given).
struct_time = _time._structseq_class(
    "struct_time", "time", _FIELDS + ("tm_zone", "tm_gmtoff"), 9,
    "The time value as returned by gmtime(), localtime(), and strptime(), and\n"
    " accepted by asctime(), mktime() and strftime().  May be considered as a\n"
    " sequence of 9 integers.")


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


_DAYS_BEFORE_MONTH = (0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334)


def _days_before_month(year, month):
    return _DAYS_BEFORE_MONTH[month] + (1 if month > 2 and _is_leap(year) else 0)


def _ordinal(year, month, day):
    """Days since 0001-01-01 plus one, as date.toordinal()."""
    return _days_before_year(year) + _days_before_month(year, month) + day


_EPOCH_ORDINAL = 719163


def _from_ordinal(n):
    """(year, month, day) of proleptic Gregorian ordinal n."""
    n = n - 1
    n400, n = divmod(n, 146097)
    year = n400 * 400 + 1
    n100, n = divmod(n, 36524)
    n4, n = divmod(n, 1461)
    n1, n = divmod(n, 365)
    year = year + n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return (year - 1, 12, 31)
    month = (n + 50) >> 5
    preceding = _days_before_month(year, month)
    if preceding > n:
        month = month - 1
        preceding = _days_before_month(year, month)
    return (year, month, n - preceding + 1)


def _fields_of_seconds(seconds):
    days, rest = divmod(seconds, 86400)
    ordinal = _EPOCH_ORDINAL + days
    year, month, day = _from_ordinal(ordinal)
    hour, rest = divmod(rest, 3600)
    minute, second = divmod(rest, 60)
    yday = ordinal - _ordinal(year, 1, 1) + 1
    return (year, month, day, hour, minute, second, (ordinal + 6) % 7, yday, 0)


def _whole_seconds(secs):
    if secs is None:
        secs = _time.time()
    if isinstance(secs, float):
        if secs != secs:
            raise ValueError("Invalid value NaN (not a number)")
        return int(secs // 1)
    if not isinstance(secs, int):
        raise TypeError("'" + type(secs).__name__ + "' object cannot be interpreted as an integer")
    return secs


def gmtime(secs=None):
    return struct_time(_fields_of_seconds(_whole_seconds(secs)) + ("GMT", 0))


def localtime(secs=None):
    # The simulated computer's local time zone is UTC.
    return struct_time(_fields_of_seconds(_whole_seconds(secs)) + ("UTC", 0))


def _tuple_of(t, function):
    if t is None:
        return _fields_of_seconds(_whole_seconds(None))
    if not isinstance(t, tuple):
        raise TypeError("Tuple or struct_time argument required")
    values = tuple(t)
    if len(values) != 9:
        raise TypeError(function + "(): illegal time tuple argument")
    return values


def mktime(t):
    v = _tuple_of(t, "mktime")
    days = _ordinal(v[0], 1, 1) + _days_before_month(v[0], 1 + (v[1] - 1) % 12) - _EPOCH_ORDINAL
    days = days + (v[1] - 1) // 12 * 365 + v[2] - 1
    return float(days * 86400 + v[3] * 3600 + v[4] * 60 + v[5])


def asctime(t=None):
    v = _tuple_of(t, "asctime")
    return (_DAY_ABBR[v[6] % 7] + " " + _MONTH_ABBR[(v[1] - 1) % 12] + " " + "%2d" % v[2] + " "
            + "%02d:%02d:%02d" % (v[3], v[4], v[5]) + " " + str(v[0]))


def ctime(secs=None):
    return asctime(localtime(secs))


def _week_number(v, first_weekday):
    """%U (weeks start on Sunday, first_weekday 6) and %W (Monday, 0), as C's strftime counts them."""
    yday = v[7] - 1
    wday = (v[6] - first_weekday) % 7
    return (yday + 7 - wday) // 7


def _directive(c, v, micro, offset, zone):
    if c == "Y":
        return str(v[0])
    if c == "m":
        return "%02d" % v[1]
    if c == "d":
        return "%02d" % v[2]
    if c == "H":
        return "%02d" % v[3]
    if c == "M":
        return "%02d" % v[4]
    if c == "S":
        return "%02d" % v[5]
    if c == "y":
        return "%02d" % (v[0] % 100)
    if c == "a":
        return _DAY_ABBR[v[6] % 7]
    if c == "A":
        return _DAY_NAME[v[6] % 7]
    if c == "b" or c == "h":
        return _MONTH_ABBR[(v[1] - 1) % 12]
    if c == "B":
        return _MONTH_NAME[(v[1] - 1) % 12]
    if c == "I":
        return "%02d" % ((v[3] + 11) % 12 + 1)
    if c == "l":
        return "%2d" % ((v[3] + 11) % 12 + 1)
    if c == "p":
        return "AM" if v[3] < 12 else "PM"
    if c == "j":
        return "%03d" % v[7]
    if c == "e":
        return "%2d" % v[2]
    if c == "k":
        return "%2d" % v[3]
    if c == "w":
        return str((v[6] + 1) % 7)
    if c == "u":
        return str(v[6] % 7 + 1)
    if c == "U":
        return "%02d" % _week_number(v, 6)
    if c == "W":
        return "%02d" % _week_number(v, 0)
    if c == "C":
        return "%02d" % (v[0] // 100)
    if c == "c":
        return _format("%a %b %e %H:%M:%S %Y", v, micro, offset, zone)
    if c == "x" or c == "D":
        return _format("%m/%d/%y", v, micro, offset, zone)
    if c == "X" or c == "T":
        return _format("%H:%M:%S", v, micro, offset, zone)
    if c == "F":
        return _format("%Y-%m-%d", v, micro, offset, zone)
    if c == "R":
        return _format("%H:%M", v, micro, offset, zone)
    if c == "r":
        return _format("%I:%M:%S %p", v, micro, offset, zone)
    if c == "n":
        return "\n"
    if c == "t":
        return "\t"
    if c == "%":
        return "%"
    if c == "f" and micro is not None:
        return "%06d" % micro
    if c == "z" and offset is not None:
        return offset
    if c == "Z" and zone is not None:
        return zone
    return None


def _format(fmt, v, micro, offset, zone):
    """C's strftime in the C locale over the nine fields; datetime adds %f, and %z and %Z of its own zone."""
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c != "%" or i + 1 >= n:
            out.append(c)
            i = i + 1
            continue
        text = _directive(fmt[i + 1], v, micro, offset, zone)
        if text is None:
            out.append(fmt[i:i + 2])
        else:
            out.append(text)
        i = i + 2
    return "".join(out)


def strftime(format, t=None):
    if not isinstance(format, str):
        raise TypeError("strftime() argument 1 must be str, not " + type(format).__name__)
    v = _tuple_of(t, "strftime")
    if v[1] < 0 or v[1] > 12:
        raise ValueError("month out of range")
    if v[2] < 0 or v[2] > 31:
        raise ValueError("day of month out of range")
    if v[3] < 0 or v[3] > 23:
        raise ValueError("hour out of range")
    if v[4] < 0 or v[4] > 59:
        raise ValueError("minute out of range")
    if v[5] < 0 or v[5] > 61:
        raise ValueError("seconds out of range")
    # As glibc's strftime: %Z is the struct_time's zone, else the local zone's name unless tm_isdst is negative;
    # %z its offset from UTC (0 unless given), nothing when tm_isdst is negative.
    zone = None
    gmtoff = None
    if isinstance(t, struct_time):
        zone = t.tm_zone
        gmtoff = t.tm_gmtoff
    if zone is None:
        zone = "" if v[8] < 0 else tzname[0]
    offset = ""
    if v[8] >= 0:
        minutes = abs(gmtoff or 0) // 60
        offset = "%s%02d%02d" % ("-" if (gmtoff or 0) < 0 else "+", minutes // 60, minutes % 60)
    return _format(format, v, None, offset, zone)


# strptime: each directive matches what CPython's _strptime regular expressions match, read greedily.
_NUMERIC = {"d": (2, 1, 31), "m": (2, 1, 12), "Y": (4, 0, 9999), "y": (2, 0, 99), "H": (2, 0, 23),
            "I": (2, 1, 12), "M": (2, 0, 59), "S": (2, 0, 61), "j": (3, 1, 366), "f": (6, 0, 999999),
            "w": (1, 0, 6), "u": (1, 1, 7), "U": (2, 0, 53), "W": (2, 0, 53)}


def _match_number(data, pos, c):
    most, low, high = _NUMERIC[c]
    end = pos
    while end < len(data) and end - pos < most and data[end].isdigit():
        end = end + 1
    if c == "Y" and end - pos != 4:
        return None
    if c == "y" and end - pos != 2:
        return None
    while end > pos:
        value = int(data[pos:end])
        if low <= value <= high:
            return value, end
        end = end - 1
    return None


def _match_name(data, pos, names):
    lowered = data[pos:].lower()
    best = None
    for i, name in enumerate(names):
        if lowered.startswith(name.lower()) and (best is None or len(name) > len(names[best])):
            best = i
    if best is None:
        return None
    return best, pos + len(names[best])


def _match_offset(data, pos):
    if data.startswith("Z", pos):
        return 0, pos + 1
    if pos >= len(data) or data[pos] not in "+-":
        return None
    digits = data[pos + 1:pos + 8].replace(":", "")
    if len(digits) < 4 or not digits[:4].isdigit():
        return None
    seconds = int(digits[:2]) * 3600 + int(digits[2:4]) * 60
    end = pos + 5 + (1 if data[pos + 3:pos + 4] == ":" else 0)
    return (-seconds if data[pos] == "-" else seconds), end


def _strptime(data, format):
    """(year, month, day, hour, minute, second, weekday, yday, microsecond, utc offset seconds or None)."""
    if not isinstance(data, str):
        raise TypeError("strptime() argument 1 must be str, not " + type(data).__name__)
    found = {}
    pos = 0
    i = 0
    while i < len(format):
        c = format[i]
        if c == "%" and i + 1 < len(format):
            d = format[i + 1]
            i = i + 2
            if d in _NUMERIC:
                m = _match_number(data, pos, d)
            elif d == "b" or d == "h":
                m = _match_name(data, pos, _MONTH_ABBR)
            elif d == "B":
                m = _match_name(data, pos, _MONTH_NAME)
            elif d == "a":
                m = _match_name(data, pos, _DAY_ABBR)
            elif d == "A":
                m = _match_name(data, pos, _DAY_NAME)
            elif d == "p":
                m = _match_name(data, pos, ("AM", "PM"))
            elif d == "z":
                m = _match_offset(data, pos)
            elif d == "%":
                m = ("%", pos + 1) if data.startswith("%", pos) else None
            else:
                raise ValueError("'" + d + "' is a bad directive in format '%" + d + "'")
            if m is None:
                raise ValueError("time data %r does not match format %r" % (data, format))
            if d == "f":
                digits = m[1] - pos
                m = (m[0] * 10 ** (6 - digits), m[1])
            found[d] = m[0]
            pos = m[1]
        elif c.isspace():
            i = i + 1
            if pos >= len(data) or not data[pos].isspace():
                raise ValueError("time data %r does not match format %r" % (data, format))
            while pos < len(data) and data[pos].isspace():
                pos = pos + 1
        else:
            i = i + 1
            if pos >= len(data) or data[pos].lower() != c.lower():
                raise ValueError("time data %r does not match format %r" % (data, format))
            pos = pos + 1
    if pos != len(data):
        raise ValueError("unconverted data remains: " + data[pos:])
    return _strptime_fields(found)


def _strptime_fields(found):
    year = 1900
    if "Y" in found:
        year = found["Y"]
    elif "y" in found:
        year = found["y"] + (1900 if found["y"] >= 69 else 2000)
    month = found.get("m", 1)
    if "b" in found:
        month = found["b"] + 1
    if "B" in found:
        month = found["B"] + 1
    day = found.get("d", 1)
    if "j" in found and "m" not in found and "d" not in found:
        year, month, day = _from_ordinal(_ordinal(year, 1, 1) + found["j"] - 1)
    hour = found.get("H", 0)
    if "I" in found:
        hour = found["I"] % 12
        if found.get("p", 0) == 1:
            hour = hour + 12
    if day > 28 and day > (29 if month == 2 and _is_leap(year) else (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)[month]):
        raise ValueError("day is out of range for month")
    ordinal = _ordinal(year, month, day)
    return (year, month, day, hour, found.get("M", 0), found.get("S", 0), (ordinal + 6) % 7,
            ordinal - _ordinal(year, 1, 1) + 1, found.get("f", 0), found.get("z"))


def strptime(data_string, format="%a %b %d %H:%M:%S %Y"):
    v = _strptime(data_string, format)
    return struct_time((v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], -1))
