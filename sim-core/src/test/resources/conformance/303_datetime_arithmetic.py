# datetime on fixed dates and timestamps: timedelta arithmetic, reprs, isoformat, strftime, time zones.
import datetime
from datetime import timedelta, date, timezone
import time

d = timedelta(days=1, hours=2, minutes=3, seconds=4.5)
print(repr(d), str(d), d.total_seconds(), repr(-d), str(-d), repr(timedelta()), str(timedelta(microseconds=5)))
print(timedelta(hours=1) * 3, timedelta(hours=3) / 2, timedelta(hours=3) / timedelta(minutes=7), timedelta(hours=3) // timedelta(minutes=7))
print(abs(-d), timedelta(weeks=2) > timedelta(days=13), timedelta(seconds=90) == timedelta(minutes=1.5), 2 * timedelta(seconds=1))
t = datetime.datetime(2024, 2, 28, 23, 59, 30, 250000)
print(repr(t), str(t), t + timedelta(minutes=1), t.isoformat(), t.isoformat(timespec="milliseconds"))
print(t.strftime("%Y-%m-%d %H:%M:%S.%f %a %A %b %B %j %U %W %p %I %y %z|%Z|"), f"{t:%d/%m/%Y}", format(t, ""))
print(t.date(), repr(t.date()), t.time(), repr(t.time()), t.weekday(), t.isoweekday(), t.isocalendar())
print(t - datetime.datetime(2024, 1, 1), datetime.datetime(2024, 1, 1) - t, date(2024, 3, 1) - date(2024, 2, 1))
ts = datetime.datetime.fromtimestamp(1700000000.5, tz=timezone.utc)
print(repr(ts), ts, ts.timestamp(), datetime.datetime.utcfromtimestamp(1700000000), ts.strftime("%z %Z"))
tz8 = timezone(timedelta(hours=8))
print(repr(tz8), tz8, ts.astimezone(tz8), repr(timezone.utc), datetime.datetime(2020, 5, 17, tzinfo=tz8).isoformat())
print(date(2023, 1, 1).ctime(), t.ctime(), t.timetuple(), date.fromordinal(738000), date.fromisoformat("2021-03-04"))
print(datetime.datetime.fromisoformat("2021-03-04T05:06:07.5+02:00"), repr(datetime.datetime(2020, 1, 1)))
print(sorted([date(2020, 1, 2), date(2019, 5, 5)]), date(2020, 1, 1) == datetime.datetime(2020, 1, 1), t.replace(year=2023))
print(datetime.datetime.combine(date(2020, 1, 1), datetime.time(12, 30)), datetime.time(1, 2, 3, 4), repr(datetime.time(5)))
for bad in [(2023, 2, 29), (2023, 13, 1), (0, 1, 1)]:
    try:
        date(*bad)
    except ValueError as e:
        print("ValueError", e)
try:
    t + 1
except TypeError as e:
    print(e)
try:
    t < date(2020, 1, 1)
except TypeError as e:
    print(e)
print(isinstance(t, date), datetime.MAXYEAR, datetime.date.max, datetime.timedelta.max, datetime.timedelta.min)
print(timedelta(days=-1, seconds=5), repr(timedelta(days=-1, seconds=5)), timedelta(milliseconds=1.5), round(timedelta(seconds=1).total_seconds()))
print(time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(1234567890)), time.gmtime(1234567890)[0:3])
print(datetime.date(2024, 12, 30).isocalendar(), datetime.date(2021, 1, 3).isocalendar())
