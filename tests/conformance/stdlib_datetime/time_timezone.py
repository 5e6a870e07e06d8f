# time and timezone: reprs, isoformat timespecs, fromisoformat, offsets.
import datetime as dt
from datetime import date, time, datetime, timedelta, timezone
t = time(13, 5, 7, 123)
print(repr(t), str(t), repr(time()), repr(time(1, 2)), repr(time(1, 2, 3)), t.isoformat("milliseconds"), t.isoformat("hours"), t.isoformat("minutes"))
print(time.fromisoformat("10:11:12"), time.fromisoformat("10:11"), time.fromisoformat("10:11:12.500"), t.strftime("%H:%M:%S.%f %I %p"))
tz2 = timezone(timedelta(hours=2))
print(repr(timezone.utc), str(timezone.utc), repr(tz2), str(tz2), repr(timezone(timedelta(hours=-5, minutes=-30), "X")), timezone(timedelta(0)) is timezone.utc)
print(repr(time(1, 2, tzinfo=tz2)), time(1, 2, tzinfo=tz2))
