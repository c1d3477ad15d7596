# strptime in time and datetime, with CPython's errors; sys.version_info compared as a tuple.
import time, datetime, sys
print(time.strptime('2023-11-14 22:13:20', '%Y-%m-%d %H:%M:%S'))
print(datetime.datetime.strptime('14/Nov/2023 10:13 PM', '%d/%b/%Y %I:%M %p'))
print(datetime.datetime.strptime('2023-01-05T01:02:03.5', '%Y-%m-%dT%H:%M:%S.%f'))
for s,f in [('2023-13-01','%Y-%m-%d'),('2023-01-01x','%Y-%m-%d'),('abc','%Y'), ('2023-02-30', '%Y-%m-%d')]:
  try: datetime.datetime.strptime(s,f)
  except ValueError as e: print(e)
print(time.strptime('5', '%d'), datetime.datetime.strptime('12:30','%H:%M'))
print(datetime.datetime.strptime('2023-11-14 +0800', '%Y-%m-%d %z'), repr(datetime.datetime.strptime('Tuesday 2023 045', '%A %Y %j')))
print(datetime.datetime.strptime("Mon Jan  2 15:04:05 2006", "%a %b %d %H:%M:%S %Y"), time.strptime("Mon Jan  2 15:04:05 2006")[:6])
print(sys.version_info, sys.version_info >= (3, 8), sys.version_info[:2], sys.version_info.major, sys.getrecursionlimit())
