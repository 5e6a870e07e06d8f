# timedelta: normalisation, repr/str, arithmetic, comparisons.
import datetime as dt
from datetime import date, time, datetime, timedelta, timezone
for td in (timedelta(), timedelta(1), timedelta(-1), timedelta(days=2, hours=3, minutes=4, seconds=5, microseconds=6),
           timedelta(seconds=-1), timedelta(microseconds=-1), timedelta(weeks=1, milliseconds=1500),
           timedelta(hours=1.5), timedelta(days=0.1), timedelta(seconds=3661), timedelta(minutes=-90)):
    print(repr(td), str(td), td.days, td.seconds, td.microseconds, td.total_seconds(), bool(td))
a = timedelta(hours=5); b = timedelta(minutes=7)
print(a + b, a - b, b - a, -a, abs(-a), a * 2, 3 * b, a * 0.5, a / 3, a / b, a // b, a % b, divmod(a, b), a / 2.5, a // 4)
print(a > b, a == timedelta(seconds=18000), hash(a) == hash(timedelta(seconds=18000)), timedelta.max, timedelta.min, timedelta.resolution)
