# time.struct_time is a struct sequence: a tuple of nine fields (indexing, slicing, unpacking, comparing, len 9),
# the fields by name as read-only attributes, and tm_zone and tm_gmtoff as attributes outside the tuple.
import time

t = time.gmtime(1700000000)
print(t)
print(isinstance(t, tuple), len(t), t[0], t[-1], t[1:3], t[::4])
year, month, day, hour, minute, second, wday, yday, isdst = t
print(year, month, day, hour, minute, second, wday, yday, isdst)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, t.tm_isdst)
print(t.tm_zone, t.tm_gmtoff, time.localtime(0).tm_zone, time.localtime(0).tm_gmtoff)
print(t == tuple(t), t == (2023, 11, 14, 22, 13, 20, 1, 318, 0), hash(t) == hash(tuple(t)), t < (2024,))
print(tuple(t), list(t)[:3], t + (1,), t.count(0), t.index(14), 2023 in t)
print(type(t), type(t).__name__, type(t).__module__, time.struct_time.n_fields,
      time.struct_time.n_sequence_fields, time.struct_time.n_unnamed_fields)
print(str(t) == repr(t), "%s-%s-%s" % t[:3], "{}/{}".format(*t[1:3]))


def set_year():
    t.tm_year = 2000


def set_zone():
    t.tm_zone = "CET"


def delete_month():
    del t.tm_mon


def tenth():
    return t[9]


for attempt in [set_year, set_zone, delete_month, tenth]:
    try:
        attempt()
    except (AttributeError, IndexError, TypeError) as e:
        print(attempt.__name__, "->", type(e).__name__, e)

made = time.struct_time((2024, 2, 29, 12, 30, 0, 3, 60, 0))
print(made, made.tm_zone, made.tm_gmtoff)
named = time.struct_time((2024, 2, 29, 12, 30, 0, 3, 60, 0), {"tm_zone": "CET", "tm_gmtoff": 3600})
print(named.tm_zone, named.tm_gmtoff, named == made)
eleven = time.struct_time((2024, 2, 29, 12, 30, 0, 3, 60, 0, "EST", -18000))
print(len(eleven), eleven.tm_zone, eleven.tm_gmtoff, time.struct_time(range(9)))
for bad in [(1, 2, 3), tuple(range(12)), 5]:
    try:
        time.struct_time(bad)
    except TypeError as e:
        print("TypeError", e)

# The functions take it and plain 9-tuples alike.
plain = (2024, 2, 29, 12, 30, 0, 3, 60, 0)
print(time.strftime("%Y-%m-%d %H:%M:%S %Z %z", t), time.strftime("%Y-%m-%d %H:%M %Z %z", plain))
print(time.strftime("%a %d %b [%Z] [%z]", made), time.strftime("[%Z] [%z]", named))
for fields in [plain[:8] + (-1,), plain[:8] + (1,), (2024, 2, 29, 12, 30, 0, 3, 60, -1, "CET", 3600),
               (2024, 2, 29, 12, 30, 0, 3, 60, 0, None, -5400), (2024, 2, 29, 12, 30, 0, 3, 60, 0, "X", 5430)]:
    print(fields[8:], "[%s]" % time.strftime("%Z|%z", fields if len(fields) == 9 else time.struct_time(fields)))
print(time.mktime(t), time.mktime(plain), time.mktime(made))
print(time.asctime(t), "|", time.asctime(plain), "|", time.asctime(made))
print(time.localtime(time.mktime(made))[:6] == made[:6])
p = time.strptime("2023-11-14 08:05:09", "%Y-%m-%d %H:%M:%S")
print(p, p.tm_zone, p.tm_gmtoff, isinstance(p, tuple))
for function in (time.strftime, time.mktime, time.asctime):
    for arg in ([2023, 1, 1, 0, 0, 0, 0, 1, 0], (2023, 1, 1)):
        try:
            if function is time.strftime:
                function("%Y", arg)
            else:
                function(arg)
        except TypeError as e:
            print(function.__name__, "TypeError", e)
