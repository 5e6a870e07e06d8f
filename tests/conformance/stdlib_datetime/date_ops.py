# date: repr/str/isoformat, calendar arithmetic, strftime, fromisoformat.
import datetime as dt
from datetime import date, time, datetime, timedelta, timezone
d = date(2024, 2, 29)
print(repr(d), str(d), d.isoformat(), d.ctime(), d.weekday(), d.isoweekday(), d.isocalendar(), d.toordinal(), d.year, d.month, d.day)
print(d + timedelta(1), d - timedelta(60), date(2024, 3, 1) - d, d.replace(day=1), date.fromordinal(738000), date.fromisoformat("2021-12-31"), date.fromisoformat("20211231"))
print(d < date(2024, 3, 1), d == date(2024, 2, 29), d != date(2024, 2, 28), sorted([date(2020,1,1), date(2019,5,5)]))
print(d.strftime("%Y/%m/%d %a %A %b %B %j %U %W %w %y %%"), format(d, "%d.%m.%Y"), f"{d}", f"{d:%Y}")
