# time's calendar functions on fixed timestamps: what they print does not depend on the clock.
import time

t = time.gmtime(1700000000)
print(t)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, t.tm_isdst)
print(t[0], t[-1], len(t), list(t)[:3], tuple(t)[3:6])
print(time.strftime("%Y-%m-%d %H:%M:%S", t))
print(time.strftime("%a %A %b %B %d %j %I %p %y %U %W %w %%", t))
print(time.strftime("%c | %x | %X", t))
print(time.asctime(t))
print(time.asctime(time.gmtime(0)), time.gmtime(0)[:6])
for stamp in [951782400, 951868800, 1078012800, 4102444800, 86399, -86400, 1234567890.9]:
    print(stamp, time.strftime("%Y-%m-%d %H:%M:%S %j %a", time.gmtime(stamp)))
print(time.strftime("%H:%M", (2024, 1, 2, 3, 4, 5, 1, 2, 0)))
year, month, day = time.gmtime(1700000000)[:3]
print(year, month, day)
print(time.gmtime(1700000000) == time.gmtime(1700000000.5))
start = time.monotonic()
time.sleep(0.25)
print(round(time.monotonic() - start, 1), round(time.perf_counter() - start, 1) >= 0.2)
try:
    time.strftime("%H", (2024, 1, 2, 25, 4, 5, 1, 2, 0))
except ValueError as e:
    print("ValueError:", e)
