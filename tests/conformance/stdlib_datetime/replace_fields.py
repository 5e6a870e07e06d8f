# datetime: replace() on date, time and datetime keeping or changing each field, removing or
# keeping the zone, fold, subclasses, and the errors of out-of-range replacements and of None
# or True given as a field (refused, as CPython's C datetime refuses them); subclasses' reprs.
from datetime import date, time, datetime, timezone, timedelta

tz = timezone(timedelta(hours=2), 'X')
d = date(2024, 2, 29)
t = time(1, 2, 3, 4, tzinfo=tz, fold=1)
dt = datetime(2024, 2, 29, 1, 2, 3, 4, tzinfo=tz, fold=1)
print(d.replace(), d.replace(year=2028), d.replace(month=3, day=1), d.replace(2000, 1, 1))
print(t.replace(), t.replace(hour=5), t.replace(tzinfo=None), t.replace(fold=0).fold,
      t.replace(microsecond=0, second=0), t.replace(tzinfo=timezone.utc))
print(repr(dt.replace()), dt.replace(tzinfo=None), dt.replace(fold=0).fold,
      dt.replace(year=2020, minute=59), dt.replace(day=1, tzinfo=timezone.utc))
for obj, kwargs in ((d, {'year': 2023}), (d, {'month': 13}), (t, {'hour': 24}),
                    (dt, {'year': 2023}), (dt, {'second': 60}), (t, {'fold': 2}),
                    (dt, {'tzinfo': 'x'}), (d, {'day': 0}), (d, {'year': None}),
                    (t, {'minute': None}), (t, {'tzinfo': True}), (t, {'fold': None}),
                    (dt, {'fold': None}), (dt, {'tzinfo': True}), (dt, {'microsecond': None}),
                    (dt, {'fold': True}), (t, {'fold': 1.0}), (dt, {'tzinfo': None})):
    try:
        new = obj.replace(**kwargs)
        print(repr(new), new.fold if hasattr(new, 'fold') else '')
    except (ValueError, TypeError) as exc:
        print(type(exc).__name__, exc)


class MyDT(datetime):
    pass


m = MyDT(2000, 1, 1, 12)
print(type(m.replace(hour=1)).__name__, m.replace(hour=1))
print(repr(datetime(2000, 1, 1, fold=1)), repr(datetime(2000, 1, 1, 5, tzinfo=tz, fold=1)),
      repr(time(1, tzinfo=tz, fold=1)), repr(MyDT(2000, 1, 1, tzinfo=timezone.utc)))
print(time(fold=True).fold, datetime(2000, 1, 1, fold=True).fold)
for kwargs in ({'fold': None}, {'fold': 1.5}, {'fold': 2}):
    try:
        time(**kwargs)
    except (TypeError, ValueError) as exc:
        print(type(exc).__name__, exc)


class MyDate(date):
    pass


class MyTime(time):
    pass


class MyDelta(timedelta):
    pass


print(repr(MyDate(2000, 1, 2)), repr(MyTime(3, tzinfo=tz)), repr(MyDelta(1, 5)),
      repr(MyDate(2000, 1, 2).isocalendar()), repr(date(2000, 1, 2).isocalendar()))
try:
    MyDate(2000, 1, 1) < 5
except TypeError as exc:
    print('TypeError', exc)
