# The classes datetime defines say they are datetime's wherever a program
# sees a class name: __module__, reprs, what pickling uses (__reduce__),
# copies, error messages.
import copy
from datetime import date, datetime as dt, time, timedelta, timezone, tzinfo

values = [timedelta(days=1, seconds=5), date(2024, 2, 29), time(1, 2, 3, 4),
          dt(2024, 2, 29, 12, 30, tzinfo=timezone(timedelta(hours=5, minutes=30))),
          timezone.utc, timezone(timedelta(hours=-3), "BRT")]
for v in values:
    cls = type(v)
    rebuild, args = v.__reduce__()[:2]
    back = rebuild(*args)
    print(cls.__module__, cls.__qualname__, repr(v), rebuild.__module__, back == v,
          type(back) is cls, copy.deepcopy(v) == v)
print(tzinfo.__module__, timezone.__module__, repr(timedelta), repr(date))
print(repr(date(2024, 1, 1).isocalendar()), type(date(2024, 1, 1).isocalendar()).__name__)
for bad in (lambda: timedelta("x"), lambda: timezone(5)):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print(dt.strptime("2024-02-29 +0530", "%Y-%m-%d %z").tzinfo,
      dt.fromisoformat("2024-02-29T01:02:03+01:00").tzinfo, time.fromisoformat("04:05Z"))
