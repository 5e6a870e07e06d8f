# datetime errors (CPython's messages) and the module constants.
import datetime as dt
from datetime import date, time, datetime, timedelta, timezone
x = datetime(2024, 1, 15, 8, 30)
y = datetime(2024, 1, 15, 8, 30, tzinfo=timezone.utc)
for bad in (lambda: date(2023, 2, 29), lambda: date(0, 1, 1), lambda: date(2020, 13, 1), lambda: time(24), lambda: datetime(2020, 1, 1, 0, 60),
            lambda: x < y, lambda: x - y, lambda: date.fromisoformat("2020-1-1"), lambda: timedelta(days=10**9), lambda: x < date(2020, 1, 1),
            lambda: datetime.strptime("2020", "%Y-%m"), lambda: timezone(timedelta(hours=24)), lambda: date(2020.0, 1, 1), lambda: date("2020", 1, 1),
            lambda: datetime.strptime("2020-01-01x", "%Y-%m-%d"), lambda: x == date(2024, 1, 15)):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(dt.MINYEAR, dt.MAXYEAR, date.min, date.max, datetime.min, datetime.max, time.min, time.max, dt.UTC is timezone.utc)
print(date.fromisocalendar(2020, 53, 7), date(2021, 1, 3).isocalendar(), date(2008, 12, 29).isocalendar().week)
print(isinstance(datetime.now(), date), datetime.now().year >= 2024, date.today() == datetime.utcnow().date())
