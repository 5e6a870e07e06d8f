# time's calendar side over struct_time, at fixed instants in UTC (nothing printed here
# depends on the local time zone).
import time
import datetime

t = time.gmtime(1700000000.5)
print(t, t.tm_zone, t.tm_gmtoff, len(t), t[:3], t.tm_yday, t[-1])
print(time.struct_time.n_fields, time.struct_time.n_sequence_fields, time.struct_time.n_unnamed_fields)
print(time.asctime(t), "|", len(time.ctime(0)), "|", time.asctime((2024, 2, 29, 9, 5, 0, 3, 60, 0)))
print(time.strftime("%Y-%m-%d %H:%M:%S %Z %z %a %A %b %B %j %U %w %%", t))
print(time.strftime("%d/%m/%y %I:%M %p", time.gmtime(3600 * 15)), time.strftime("%%Y literal"))
for bad in [(1, 2, 3), tuple(range(12))]:
    try:
        time.struct_time(bad)
    except TypeError as e:
        print("TypeError:", e)
print(time.struct_time((2024, 1, 2, 3, 4, 5, 6, 7, 0)), time.struct_time((2024, 1, 2, 3, 4, 5, 6, 7, 0, "X", 60)).tm_zone)
for call in (lambda: time.asctime((1, 2)), lambda: time.mktime([1] * 9), lambda: time.strftime(5)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
print(time.strptime("2024-03-05 10:20:30", "%Y-%m-%d %H:%M:%S"))
print(time.strptime("Tue Mar  5 10:20:30 2024"))
print(time.gmtime(-1), time.gmtime(0).tm_wday, time.gmtime(10 ** 10))
print(time.mktime(time.localtime(12345)), type(time.timezone).__name__, len(time.tzname))
print(datetime.datetime(2024, 3, 5, 1, 2, 3).timetuple(), datetime.date(2020, 12, 31).timetuple())
print(datetime.datetime(2024, 3, 5, tzinfo=datetime.timezone.utc).timetuple().tm_isdst)
s = time.gmtime(0)
try:
    s.tm_year = 2000
except AttributeError as e:
    print("AttributeError:", e)
print(s == (1970, 1, 1, 0, 0, 0, 3, 1, 0), isinstance(s, tuple), sorted([time.gmtime(5), time.gmtime(1)])[0].tm_sec)
print(type(time.time()).__name__, type(time.time_ns()).__name__, time.monotonic() >= 0, time.perf_counter_ns() >= 0)
