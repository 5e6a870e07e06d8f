# datetime and time across time zones: comparisons and subtraction with the
# same tzinfo object, equal offsets and different ones, naive against aware
# (unequal, or TypeError), a tzinfo with daylight saving (fromutc through
# astimezone, before and after the switch), and the offsets a time and a
# datetime ask their tzinfo for, with the checks on what it answers.
from datetime import datetime, time, timedelta, timezone, tzinfo


class Fixed(tzinfo):
    def __init__(self, minutes, name):
        self.offset, self.name = timedelta(minutes=minutes), name

    def utcoffset(self, dt):
        return self.offset

    def dst(self, dt):
        return timedelta(0)

    def tzname(self, dt):
        return self.name


class Summer(tzinfo):
    # UTC+1, and +2 from May to September
    def utcoffset(self, dt):
        return timedelta(hours=1) + self.dst(dt)

    def dst(self, dt):
        if dt is None:
            return timedelta(0)
        return timedelta(hours=1) if 5 <= dt.month <= 9 else timedelta(0)

    def tzname(self, dt):
        return 'CEST' if self.dst(dt) else 'CET'


class Bad(tzinfo):
    def __init__(self, answer):
        self.answer = answer

    def utcoffset(self, dt):
        return self.answer

    def dst(self, dt):
        return self.answer


east, west, also_east = Fixed(120, 'E'), Fixed(-300, 'W'), Fixed(120, 'E2')
a = time(12, 30, tzinfo=east)
b = time(5, 30, tzinfo=west)
c = time(12, 30, tzinfo=also_east)
print(a == b, a < b, a > b, a == c, a <= c, time(10, 30, tzinfo=west) > a, a == time(12, 30))
for x, y in [(a, time(1)), (time(1), b)]:
    try:
        x < y
    except TypeError as exc:
        print('TypeError', exc)
print(a.utcoffset(), a.dst(), a.tzname(), a.isoformat(), str(b), time(1, tzinfo=Summer()).tzname(),
      time(1, tzinfo=Summer()).utcoffset(), time(3).utcoffset(), time(3).isoformat())
d1 = datetime(2024, 3, 1, 12, tzinfo=east)
d2 = datetime(2024, 3, 1, 5, tzinfo=west)
d3 = datetime(2024, 3, 1, 12, tzinfo=also_east)
print(d1 == d2, d1 - d2, d2 - d1, d1 - d3, d1 == d3, d1 < d2 + timedelta(microseconds=1),
      d1 == datetime(2024, 3, 1, 12), d1 != datetime(2024, 3, 1, 12))
for op in (lambda: d1 < datetime(2024, 1, 1), lambda: d1 - datetime(2024, 1, 1),
           lambda: datetime(2024, 1, 1) - d1):
    try:
        op()
    except TypeError as exc:
        print('TypeError', exc)
zone = Summer()
for utc in (datetime(2024, 1, 15, 12, tzinfo=timezone.utc), datetime(2024, 7, 15, 12, tzinfo=timezone.utc),
            datetime(2024, 4, 30, 23, 30, tzinfo=timezone.utc), datetime(2024, 9, 30, 23, 30, tzinfo=timezone.utc)):
    local = utc.astimezone(zone)
    print(utc, '->', local.replace(tzinfo=None), local.tzname(), local.utcoffset(), local.dst())
print(zone.fromutc(datetime(2024, 6, 1, 0, 0, tzinfo=zone)), east.fromutc(datetime(2024, 1, 1, tzinfo=east)))
for bad in [lambda: zone.fromutc(datetime(2024, 1, 1)), lambda: zone.fromutc(5),
            lambda: Bad(None).fromutc(datetime(2024, 1, 1, tzinfo=Bad(None))),
            lambda: (lambda z: z.fromutc(datetime(2024, 1, 1, tzinfo=z)))(Bad(None)),
            lambda: datetime(2024, 1, 1, tzinfo=Bad(timedelta(days=1))).utcoffset(),
            lambda: time(1, tzinfo=Bad(5)).dst(), lambda: time(1, tzinfo=Bad(timedelta(hours=-25))).utcoffset()]:
    try:
        print(bad())
    except (TypeError, ValueError) as exc:
        print(type(exc).__name__, exc)
print([t.isoformat() for t in sorted([time(9, tzinfo=east), time(1, tzinfo=west), time(8, tzinfo=timezone.utc)])])
