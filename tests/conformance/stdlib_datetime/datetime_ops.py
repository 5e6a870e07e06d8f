# datetime: aware and naive arithmetic, conversions, parsing and formatting.
import datetime as dt
from datetime import date, time, datetime, timedelta, timezone
x = datetime(2024, 1, 15, 8, 30)
print(repr(x), str(x), x.isoformat(), repr(datetime(2024, 1, 15)), repr(datetime(2024, 1, 15, 1, 2, 3, 4)))
y = datetime(2024, 1, 15, 8, 30, tzinfo=timezone.utc)
print(repr(y), str(y), y.isoformat(), y.utcoffset(), y.tzname(), y.timestamp(), y.astimezone(tz2), y.astimezone(tz2).isoformat())
print(x.date(), x.time(), x + timedelta(days=20, hours=20), x - datetime(2023, 12, 25), x - timedelta(minutes=45))
print(datetime.fromisoformat("2024-01-15T08:30:00"), datetime.fromisoformat("2024-01-15 08:30:00.250000+02:00"), datetime.fromisoformat("2024-01-15"), repr(datetime.fromisoformat("2024-01-15T08:30:00Z")))
print(datetime.fromtimestamp(0, timezone.utc), datetime.utcfromtimestamp(1700000000.5), datetime.fromtimestamp(86400 * 365.25, tz=tz2))
print(datetime.combine(date(2020, 5, 5), time(5, 5)), x.strftime("%Y-%m-%d %H:%M:%S %c %x %X"), y.strftime("%z %Z"), x.strftime("[%z][%Z]"))
print(datetime.strptime("2024-03-05 14:22:01", "%Y-%m-%d %H:%M:%S"), datetime.strptime("05/Mar/2024:02:03 PM", "%d/%b/%Y:%I:%M %p"), repr(datetime.strptime("2024-03-05T01:02:03.5+0100", "%Y-%m-%dT%H:%M:%S.%f%z")))
print(x < datetime(2025, 1, 1), x == x.replace(), y == y.astimezone(tz2), hash(y) == hash(y.astimezone(tz2)), (y - y.astimezone(tz2)))
events = [datetime(2024, 3, d, h) for d, h in ((3, 9), (1, 17), (2, 8), (1, 9))]
print([e.isoformat() for e in sorted(events)], max(events) - min(events))
by_day = {}
for e in events:
    by_day.setdefault(e.date(), []).append(e.hour)
print(sorted(by_day.items()))
print({datetime(2024, 1, 1, tzinfo=timezone.utc): 1}.get(datetime(2024, 1, 1, 2, tzinfo=timezone(timedelta(hours=2)))))
start = datetime(2024, 1, 31)
print([(start + timedelta(days=k)).strftime("%a %d %b") for k in range(0, 35, 7)])
print(datetime(2000, 1, 1, tzinfo=timezone.utc).timestamp(), datetime.fromtimestamp(1e9, timezone.utc))
