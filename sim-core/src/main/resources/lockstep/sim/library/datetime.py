# The datetime module, written to CPython 3.11's documented behaviour: timedelta, date, datetime, time and timezone.
# now() and today() read the simulated computer's clock (time.time(): 2023-11-14 22:13:20 UTC when the run starts),
# whose local time zone is UTC.
import time as _time

MINYEAR = 1
MAXYEAR = 9999

_US_PER_DAY = 86400000000
_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _days_in_month(year, month):
    if month == 2 and _time._is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _check_int(value):
    if isinstance(value, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    if not isinstance(value, int):
        raise TypeError("'" + type(value).__name__ + "' object cannot be interpreted as an integer")
    return value


def _check_date(year, month, day):
    _check_int(year)
    _check_int(month)
    _check_int(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("year %d is out of range" % year)
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError("day is out of range for month")


def _check_time(hour, minute, second, microsecond):
    _check_int(hour)
    _check_int(minute)
    _check_int(second)
    _check_int(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")


def _unsupported(op, a, b):
    return TypeError("unsupported operand type(s) for " + op + ": '" + _type_name(a) + "' and '" + _type_name(b) + "'")


def _type_name(x):
    t = type(x)
    if t.__module__ == "datetime":
        return "datetime." + t.__name__
    return t.__name__


def _cannot_compare(a, b):
    return TypeError("can't compare " + _type_name(a) + " to " + _type_name(b))


class timedelta:
    def __init__(self, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        parts = (days, seconds, microseconds, milliseconds, minutes, hours, weeks)
        exact = True
        for p in parts:
            if isinstance(p, float):
                exact = False
            elif not isinstance(p, int):
                raise TypeError("unsupported type for timedelta " + ("days", "seconds", "microseconds",
                                "milliseconds", "minutes", "hours", "weeks")[parts.index(p)]
                                + " component: " + type(p).__name__)
        if exact:
            us = ((((weeks * 7 + days) * 24 + hours) * 60 + minutes) * 60 + seconds) * 1000000
            us = us + milliseconds * 1000 + microseconds
        else:
            us = round(((((weeks * 7 + days) * 24 + hours) * 60 + minutes) * 60 + seconds) * 1000000.0
                       + milliseconds * 1000.0 + microseconds)
        self._set(us)

    def _set(self, us):
        d, rest = divmod(us, _US_PER_DAY)
        if abs(d) > 999999999:
            raise OverflowError("days=%d; must have magnitude <= 999999999" % d)
        s, micro = divmod(rest, 1000000)
        self.days = d
        self.seconds = s
        self.microseconds = micro

    def _us(self):
        return (self.days * 86400 + self.seconds) * 1000000 + self.microseconds

    def total_seconds(self):
        return self._us() / 10 ** 6

    def __repr__(self):
        args = []
        if self.days:
            args.append("days=%d" % self.days)
        if self.seconds:
            args.append("seconds=%d" % self.seconds)
        if self.microseconds:
            args.append("microseconds=%d" % self.microseconds)
        if not args:
            args.append("0")
        return "datetime.timedelta(" + ", ".join(args) + ")"

    def __str__(self):
        mm, ss = divmod(self.seconds, 60)
        hh, mm = divmod(mm, 60)
        s = "%d:%02d:%02d" % (hh, mm, ss)
        if self.days:
            plural = "s" if abs(self.days) != 1 else ""
            s = ("%d day%s, " % (self.days, plural)) + s
        if self.microseconds:
            s = s + ".%06d" % self.microseconds
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return _td(self._us() + other._us())
        if isinstance(other, date):
            return other.__add__(self)
        raise _unsupported("+", self, other)

    def __radd__(self, other):
        return self.__add__(other)

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return _td(self._us() - other._us())
        raise _unsupported("-", self, other)

    def __neg__(self):
        return _td(-self._us())

    def __pos__(self):
        return self

    def __abs__(self):
        if self.days < 0:
            return -self
        return self

    def __mul__(self, other):
        if isinstance(other, int):
            return _td(self._us() * other)
        if isinstance(other, float):
            return _td(round(self._us() * other))
        raise _unsupported("*", self, other)

    def __rmul__(self, other):
        return self.__mul__(other)

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._us() / other._us()
        if isinstance(other, int) or isinstance(other, float):
            return _td(round(self._us() / other))
        raise _unsupported("/", self, other)

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._us() // other._us()
        if isinstance(other, int):
            return _td(self._us() // other)
        raise _unsupported("//", self, other)

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return _td(self._us() % other._us())
        raise _unsupported("%", self, other)

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._us(), other._us())
            return q, _td(r)
        raise _unsupported("divmod()", self, other)

    def _cmp(self, other, op):
        if not isinstance(other, timedelta):
            raise TypeError("'" + op + "' not supported between instances of 'datetime.timedelta' and '"
                            + _type_name(other) + "'")
        return self._us() - other._us()

    def __eq__(self, other):
        return isinstance(other, timedelta) and self._us() == other._us()

    def __ne__(self, other):
        return not self.__eq__(other)

    def __lt__(self, other):
        return self._cmp(other, "<") < 0

    def __le__(self, other):
        return self._cmp(other, "<=") <= 0

    def __gt__(self, other):
        return self._cmp(other, ">") > 0

    def __ge__(self, other):
        return self._cmp(other, ">=") >= 0

    def __hash__(self):
        return hash(self._us())

    def __bool__(self):
        return self._us() != 0


def _td(us):
    t = timedelta()
    t._set(us)
    return t


timedelta.min = _td(-999999999 * _US_PER_DAY)
timedelta.max = _td(1000000000 * _US_PER_DAY - 1)
timedelta.resolution = _td(1)


class tzinfo:
    def utcoffset(self, dt):
        raise NotImplementedError("tzinfo subclass must override utcoffset()")

    def tzname(self, dt):
        raise NotImplementedError("tzinfo subclass must override tzname()")

    def dst(self, dt):
        raise NotImplementedError("tzinfo subclass must override dst()")


def _offset_text(offset, sep):
    """+HH:MM (or +HHMM when sep is empty), with seconds and microseconds when the offset has them."""
    us = offset._us()
    sign = "+"
    if us < 0:
        sign = "-"
        us = -us
    hh, rest = divmod(us, 3600000000)
    mm, rest = divmod(rest, 60000000)
    ss, micro = divmod(rest, 1000000)
    s = sign + "%02d%s%02d" % (hh, sep, mm)
    if ss or micro:
        s = s + sep + "%02d" % ss
        if micro:
            s = s + ".%06d" % micro
    return s


class timezone(tzinfo):
    def __init__(self, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not " + type(offset).__name__)
        if not -timedelta(hours=24) < offset < timedelta(hours=24):
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and "
                             "timedelta(hours=24), not " + repr(offset) + ".")
        self._offset = offset
        self._name = name

    def utcoffset(self, dt):
        return self._offset

    def dst(self, dt):
        return None

    def tzname(self, dt):
        if self._name is not None:
            return self._name
        if not self._offset:
            return "UTC"
        return "UTC" + _offset_text(self._offset, ":")

    def __eq__(self, other):
        return isinstance(other, timezone) and self._offset == other._offset

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is timezone.utc:
            return "datetime.timezone.utc"
        if self._name is None:
            return "datetime.timezone(" + repr(self._offset) + ")"
        return "datetime.timezone(" + repr(self._offset) + ", " + repr(self._name) + ")"

    def __str__(self):
        return self.tzname(None)


timezone.utc = timezone(timedelta(0))
UTC = timezone.utc


class date:
    def __init__(self, year, month, day):
        _check_date(year, month, day)
        self.year = year
        self.month = month
        self.day = day

    def toordinal(self):
        return _time._ordinal(self.year, self.month, self.day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        year = self.year
        week1 = _iso_week1_monday(year)
        today = self.toordinal()
        week, day = divmod(today - week1, 7)
        if week < 0:
            year = year - 1
            week1 = _iso_week1_monday(year)
            week, day = divmod(today - week1, 7)
        elif week >= 52:
            if today >= _iso_week1_monday(year + 1):
                year = year + 1
                week = 0
        return IsoCalendarDate(year, week + 1, day + 1)

    def timetuple(self):
        return _time.struct_time(self._fields(0, 0, 0, -1))

    def _fields(self, hour, minute, second, dst):
        yday = self.toordinal() - _time._ordinal(self.year, 1, 1) + 1
        return (self.year, self.month, self.day, hour, minute, second, self.weekday(), yday, dst)

    def isoformat(self):
        return "%04d-%02d-%02d" % (self.year, self.month, self.day)

    def __str__(self):
        return self.isoformat()

    def __repr__(self):
        return "datetime.date(%d, %d, %d)" % (self.year, self.month, self.day)

    def ctime(self):
        return _time.asctime(self._fields(0, 0, 0, 0))

    def strftime(self, fmt):
        return _time._format(fmt, self._fields(0, 0, 0, -1), 0, "", "")

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not " + type(fmt).__name__)
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def replace(self, year=None, month=None, day=None):
        return date(self.year if year is None else year, self.month if month is None else month,
                    self.day if day is None else day)

    def __add__(self, other):
        if isinstance(other, timedelta):
            o = self.toordinal() + other.days
            if 0 < o <= 3652059:
                return date.fromordinal(o)
            raise OverflowError("result out of range")
        raise _unsupported("+", self, other)

    def __radd__(self, other):
        return self.__add__(other)

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        raise _unsupported("-", self, other)

    def _cmp(self, other, op):
        if isinstance(other, datetime):
            raise _mixed_comparison()
        if not isinstance(other, date):
            raise TypeError("'" + op + "' not supported between instances of '" + _type_name(self) + "' and '"
                            + _type_name(other) + "'")
        return self.toordinal() - other.toordinal()

    def __eq__(self, other):
        if isinstance(other, datetime) or not isinstance(other, date):
            return False
        return self.toordinal() == other.toordinal()

    def __ne__(self, other):
        return not self.__eq__(other)

    def __lt__(self, other):
        return self._cmp(other, "<") < 0

    def __le__(self, other):
        return self._cmp(other, "<=") <= 0

    def __gt__(self, other):
        return self._cmp(other, ">") > 0

    def __ge__(self, other):
        return self._cmp(other, ">=") >= 0

    def __hash__(self):
        return hash((self.year, self.month, self.day))


class IsoCalendarDate:
    """CPython's is a named tuple subclass: here a sequence of year, week and weekday with their names."""

    def __init__(self, year, week, weekday):
        self.year = year
        self.week = week
        self.weekday = weekday
        self._values = (year, week, weekday)

    def __getitem__(self, index):
        return self._values[index]

    def __len__(self):
        return 3

    def __iter__(self):
        return iter(self._values)

    def __eq__(self, other):
        if isinstance(other, IsoCalendarDate):
            return self._values == other._values
        return self._values == other

    def __hash__(self):
        return hash(self._values)

    def __repr__(self):
        return "datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)" % self._values


def _iso_week1_monday(year):
    first = _time._ordinal(year, 1, 1)
    first_weekday = (first + 6) % 7
    monday = first - first_weekday
    if first_weekday > 3:
        monday = monday + 7
    return monday


# Class methods of date, looked up on the class (the language has no classmethod decorator here).
def _date_fromordinal(n):
    y, m, d = _time._from_ordinal(n)
    return date(y, m, d)


def _date_fromtimestamp(t):
    y, m, d = _time.localtime(t)[:3]
    return date(y, m, d)


def _date_today():
    return _date_fromtimestamp(_time.time())


def _date_fromisoformat(s):
    if not isinstance(s, str):
        raise TypeError("fromisoformat: argument must be str")
    if len(s) != 10 or s[4] != "-" or s[7] != "-" or not (s[:4] + s[5:7] + s[8:]).isdigit():
        raise ValueError("Invalid isoformat string: " + repr(s))
    return date(int(s[:4]), int(s[5:7]), int(s[8:]))


date.fromordinal = _date_fromordinal
date.fromtimestamp = _date_fromtimestamp
date.today = _date_today
date.fromisoformat = _date_fromisoformat
date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


class time:
    def __init__(self, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        _check_time(hour, minute, second, microsecond)
        self.hour = hour
        self.minute = minute
        self.second = second
        self.microsecond = microsecond
        self.tzinfo = tzinfo
        self.fold = fold

    def utcoffset(self):
        if self.tzinfo is None:
            return None
        return self.tzinfo.utcoffset(None)

    def isoformat(self, timespec="auto"):
        s = _time_text(self.hour, self.minute, self.second, self.microsecond, timespec)
        off = self.utcoffset()
        if off is not None:
            s = s + _offset_text(off, ":")
        return s

    def __str__(self):
        return self.isoformat()

    def __repr__(self):
        if self.microsecond:
            s = "%d, %d, %d, %d" % (self.hour, self.minute, self.second, self.microsecond)
        elif self.second:
            s = "%d, %d, %d" % (self.hour, self.minute, self.second)
        else:
            s = "%d, %d" % (self.hour, self.minute)
        if self.tzinfo is not None:
            s = s + ", tzinfo=" + repr(self.tzinfo)
        return "datetime.time(" + s + ")"

    def strftime(self, fmt):
        return _time._format(fmt, (1900, 1, 1, self.hour, self.minute, self.second, 0, 1, -1), self.microsecond,
                             "", "")

    def __format__(self, fmt):
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def _key(self):
        return (self.hour, self.minute, self.second, self.microsecond)

    def __eq__(self, other):
        return isinstance(other, time) and self._key() == other._key()

    def __ne__(self, other):
        return not self.__eq__(other)

    def __lt__(self, other):
        return self._key() < other._key()

    def __le__(self, other):
        return self._key() <= other._key()

    def __gt__(self, other):
        return self._key() > other._key()

    def __ge__(self, other):
        return self._key() >= other._key()

    def __hash__(self):
        return hash(self._key())


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


def _time_text(hh, mm, ss, us, timespec):
    if timespec == "auto":
        timespec = "microseconds" if us else "seconds"
    if timespec == "hours":
        return "%02d" % hh
    if timespec == "minutes":
        return "%02d:%02d" % (hh, mm)
    if timespec == "seconds":
        return "%02d:%02d:%02d" % (hh, mm, ss)
    if timespec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (hh, mm, ss, us // 1000)
    if timespec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (hh, mm, ss, us)
    raise ValueError("Unknown timespec value")


class datetime(date):
    def __init__(self, year, month, day, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        _check_date(year, month, day)
        _check_time(hour, minute, second, microsecond)
        if tzinfo is not None and not isinstance(tzinfo, tzinfo_class):
            raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '"
                            + type(tzinfo).__name__ + "'")
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
        self.microsecond = microsecond
        self.tzinfo = tzinfo
        self.fold = fold

    def date(self):
        return date(self.year, self.month, self.day)

    def time(self):
        return time(self.hour, self.minute, self.second, self.microsecond)

    def timetz(self):
        return time(self.hour, self.minute, self.second, self.microsecond, self.tzinfo)

    def utcoffset(self):
        if self.tzinfo is None:
            return None
        return self.tzinfo.utcoffset(self)

    def tzname(self):
        if self.tzinfo is None:
            return None
        return self.tzinfo.tzname(self)

    def dst(self):
        if self.tzinfo is None:
            return None
        return self.tzinfo.dst(self)

    def _local_us(self):
        """Microseconds since 0001-01-01 of the wall-clock reading, ignoring the zone."""
        return ((self.toordinal() * 86400 + self.hour * 3600 + self.minute * 60 + self.second) * 1000000
                + self.microsecond)

    def _utc_us(self):
        off = self.utcoffset()
        if off is None:
            return self._local_us()
        return self._local_us() - off._us()

    def timestamp(self):
        # Naive datetimes are local time, and the simulated computer's zone is UTC.
        return (self._utc_us() - _EPOCH_US) / 10 ** 6

    def timetuple(self):
        return _time.struct_time(self._fields(self.hour, self.minute, self.second, -1))

    def utctimetuple(self):
        return _utc_of(self).timetuple()

    def isoformat(self, sep="T", timespec="auto"):
        s = "%04d-%02d-%02d%s" % (self.year, self.month, self.day, sep)
        s = s + _time_text(self.hour, self.minute, self.second, self.microsecond, timespec)
        off = self.utcoffset()
        if off is not None:
            s = s + _offset_text(off, ":")
        return s

    def __str__(self):
        return self.isoformat(sep=" ")

    def __repr__(self):
        s = "%d, %d, %d, %d, %d" % (self.year, self.month, self.day, self.hour, self.minute)
        if self.microsecond:
            s = s + ", %d, %d" % (self.second, self.microsecond)
        elif self.second:
            s = s + ", %d" % self.second
        if self.tzinfo is not None:
            s = s + ", tzinfo=" + repr(self.tzinfo)
        return "datetime.datetime(" + s + ")"

    def ctime(self):
        return _time.asctime(self._fields(self.hour, self.minute, self.second, 0))

    def strftime(self, fmt):
        off = self.utcoffset()
        offset = "" if off is None else _offset_text(off, "")
        zone = self.tzname()
        return _time._format(fmt, self._fields(self.hour, self.minute, self.second, -1), self.microsecond,
                             offset, "" if zone is None else zone)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        return datetime(self.year if year is None else year, self.month if month is None else month,
                        self.day if day is None else day, self.hour if hour is None else hour,
                        self.minute if minute is None else minute, self.second if second is None else second,
                        self.microsecond if microsecond is None else microsecond,
                        self.tzinfo if tzinfo is True else tzinfo)

    def astimezone(self, tz=None):
        if tz is None:
            tz = timezone.utc
        utc = self._utc_us()
        return _datetime_of_us(utc + tz.utcoffset(None)._us(), tz)

    def __add__(self, other):
        if isinstance(other, timedelta):
            us = self._local_us() + other._us()
            if us < _MIN_US or us > _MAX_US:
                raise OverflowError("date value out of range")
            return _datetime_of_us(us, self.tzinfo)
        raise _unsupported("+", self, other)

    def __radd__(self, other):
        return self.__add__(other)

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + (-other)
        if isinstance(other, datetime):
            if (self.tzinfo is None) != (other.tzinfo is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            return _td(self._utc_us() - other._utc_us())
        raise _unsupported("-", self, other)

    def _cmp(self, other, op):
        if isinstance(other, date) and not isinstance(other, datetime):
            raise _mixed_comparison()
        if not isinstance(other, datetime):
            raise TypeError("'" + op + "' not supported between instances of 'datetime.datetime' and '"
                            + _type_name(other) + "'")
        if (self.tzinfo is None) != (other.tzinfo is None):
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        return self._utc_us() - other._utc_us()

    def __eq__(self, other):
        if not isinstance(other, datetime):
            return False
        if (self.tzinfo is None) != (other.tzinfo is None):
            return False
        return self._utc_us() == other._utc_us()

    def __hash__(self):
        return hash(self._utc_us())


tzinfo_class = tzinfo


def _mixed_comparison():
    return TypeError("can't compare datetime.datetime to datetime.date")
_EPOCH_US = _time._EPOCH_ORDINAL * _US_PER_DAY
_MIN_US = _US_PER_DAY
_MAX_US = (3652059 + 1) * _US_PER_DAY - 1


def _datetime_of_us(us, tz):
    days, rest = divmod(us, _US_PER_DAY)
    y, m, d = _time._from_ordinal(days)
    secs, micro = divmod(rest, 1000000)
    hh, rest = divmod(secs, 3600)
    mm, ss = divmod(rest, 60)
    return datetime(y, m, d, hh, mm, ss, micro, tz)


def _utc_of(dt):
    return _datetime_of_us(dt._utc_us(), None)


def _us_of_timestamp(t):
    if isinstance(t, int):
        return t * 1000000
    if not isinstance(t, float):
        raise TypeError("'" + type(t).__name__ + "' object cannot be interpreted as an integer")
    whole = int(t // 1)
    return whole * 1000000 + round((t - whole) * 1e6)


# Class methods of datetime, looked up on the class.
def _datetime_fromtimestamp(t, tz=None):
    us = _us_of_timestamp(t) + _EPOCH_US
    if tz is None:
        return _datetime_of_us(us, None)
    return _datetime_of_us(us + tz.utcoffset(None)._us(), tz)


def _datetime_utcfromtimestamp(t):
    return _datetime_of_us(_us_of_timestamp(t) + _EPOCH_US, None)


def _datetime_now(tz=None):
    us = _time.time_ns() // 1000 + _EPOCH_US
    if tz is None:
        return _datetime_of_us(us, None)
    return _datetime_of_us(us + tz.utcoffset(None)._us(), tz)


def _datetime_utcnow():
    return _datetime_now()


def _datetime_today():
    return _datetime_now()


def _datetime_combine(d, t, tzinfo=True):
    return datetime(d.year, d.month, d.day, t.hour, t.minute, t.second, t.microsecond,
                    t.tzinfo if tzinfo is True else tzinfo)


def _datetime_fromordinal(n):
    y, m, d = _time._from_ordinal(n)
    return datetime(y, m, d)


def _datetime_fromisoformat(s):
    if not isinstance(s, str):
        raise TypeError("fromisoformat: argument must be str")
    d = _date_fromisoformat(s[:10])
    if len(s) == 10:
        return datetime(d.year, d.month, d.day)
    rest = s[11:]
    try:
        tz = None
        for sign in ("+", "-"):
            if sign in rest:
                rest, off = rest.split(sign)
                minutes = int(off[:2]) * 60 + int(off[-2:])
                tz = timezone(timedelta(minutes=minutes if sign == "+" else -minutes))
        if rest.endswith("Z"):
            rest = rest[:-1]
            tz = timezone.utc
        micro = 0
        if "." in rest:
            rest, frac = rest.split(".")
            micro = int((frac + "000000")[:6])
        fields = rest.split(":")
        hh = int(fields[0])
        mm = int(fields[1]) if len(fields) > 1 else 0
        ss = int(fields[2]) if len(fields) > 2 else 0
    except ValueError:
        raise ValueError("Invalid isoformat string: " + repr(s))
    return datetime(d.year, d.month, d.day, hh, mm, ss, micro, tz)


def _datetime_strptime(date_string, format):
    v = _time._strptime(date_string, format)
    tz = None
    if v[9] is not None:
        tz = timezone.utc if v[9] == 0 else timezone(timedelta(seconds=v[9]))
    return datetime(v[0], v[1], v[2], v[3], v[4], v[5], v[8], tz)


datetime.strptime = _datetime_strptime
datetime.fromtimestamp = _datetime_fromtimestamp
datetime.utcfromtimestamp = _datetime_utcfromtimestamp
datetime.now = _datetime_now
datetime.utcnow = _datetime_utcnow
datetime.today = _datetime_today
datetime.combine = _datetime_combine
datetime.fromordinal = _datetime_fromordinal
datetime.fromisoformat = _datetime_fromisoformat
datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)
