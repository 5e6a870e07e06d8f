"""_datetime_cal: the proleptic Gregorian calendar for datetime: the year
range, month and day names, ordinals (day 1 is 0001-01-01), ISO weeks, POSIX
times as fields, and the checks of the constructors' fields."""

import math as _math

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059
_DAYS_IN_MONTH = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [-1]
_n = 0
for _dim in _DAYS_IN_MONTH[1:]:
    _DAYS_BEFORE_MONTH.append(_n)
    _n += _dim
del _n, _dim

_MONTHNAMES = [None, "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
               "Nov", "Dec"]
_FULL_MONTHNAMES = [None, "January", "February", "March", "April", "May", "June", "July",
                    "August", "September", "October", "November", "December"]
_DAYNAMES = [None, "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_FULL_DAYNAMES = [None, "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                  "Sunday"]


# ---- calendar arithmetic -----------------------------------------------------------------


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_month(year, month):
    return _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year))


def _ymd2ord(year, month, day):
    """Day number of a date: 0001-01-01 is day 1."""
    return _days_before_year(year) + _days_before_month(year, month) + day


_DI400Y = _days_before_year(401)
_DI100Y = _days_before_year(101)
_DI4Y = _days_before_year(5)


def _ord2ymd(n):
    """(year, month, day) of day number n."""
    n -= 1
    n400, n = divmod(n, _DI400Y)
    year = n400 * 400 + 1
    n100, n = divmod(n, _DI100Y)
    n4, n = divmod(n, _DI4Y)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    leapyear = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5
    preceding = _DAYS_BEFORE_MONTH[month] + (month > 2 and leapyear)
    if preceding > n:
        month -= 1
        preceding -= _DAYS_IN_MONTH[month] + (month == 2 and leapyear)
    n -= preceding
    return year, month, n + 1


def _iso_week1_monday(year):
    first = _ymd2ord(year, 1, 1)
    first_weekday = (first + 6) % 7
    monday = first - first_weekday
    if first_weekday > 3:
        monday += 7
    return monday


def _isocalendar(year, month, day):
    week1monday = _iso_week1_monday(year)
    today = _ymd2ord(year, month, day)
    week, dow = divmod(today - week1monday, 7)
    if week < 0:
        year -= 1
        week1monday = _iso_week1_monday(year)
        week, dow = divmod(today - week1monday, 7)
    elif week >= 52:
        if today >= _iso_week1_monday(year + 1):
            year += 1
            week = 0
    return year, week + 1, dow + 1


def _isocal_to_ymd(year, week, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("Year is out of range: %d" % year)
    if not 0 < week < 53:
        out_of_range = True
        if week == 53:
            first_weekday = _ymd2ord(year, 1, 1) % 7
            if first_weekday == 4 or (first_weekday == 3 and _is_leap(year)):
                out_of_range = False
        if out_of_range:
            raise ValueError("Invalid week: %d" % week)
    if not 0 < day < 8:
        raise ValueError("Invalid weekday: %d (range is [1, 7])" % day)
    day_1 = _iso_week1_monday(year)
    return _ord2ymd(day_1 + (week - 1) * 7 + (day - 1))


def _utc_fields(t):
    """(year, month, day, hour, minute, second, microsecond) of POSIX time t
    (seconds since 1970-01-01 UTC, int or float), microseconds rounded half
    to even."""
    if isinstance(t, float):
        if t != t or t in (float("inf"), float("-inf")):
            raise ValueError("Invalid value %s" % t)
        frac, whole = _math.modf(t)
        us = round(frac * 1e6)
        whole = int(whole)
        if us >= 1000000:
            whole += 1
            us -= 1000000
        elif us < 0:
            whole -= 1
            us += 1000000
    else:
        whole = _index(t)
        us = 0
    days, secs = divmod(whole, 86400)
    ordinal = days + _ymd2ord(1970, 1, 1)
    if not 1 <= ordinal <= _MAXORDINAL:
        raise ValueError("year %d is out of range" % (1 if ordinal < 1 else 10000))
    y, m, d = _ord2ymd(ordinal)
    hh, rest = divmod(secs, 3600)
    mm, ss = divmod(rest, 60)
    return y, m, d, hh, mm, ss, us


# ---- ISO calendar dates ------------------------------------------------------------------


class IsoCalendarDate(tuple):
    """(year, week, weekday) with those names, as date.isocalendar() gives."""

    __module__ = "datetime"  # where programs find it (reprs, pickles)

    def __new__(cls, year, week, weekday):
        return super().__new__(cls, (year, week, weekday))

    # The fields by name, read from the tuple.
    year = property(lambda self: self[0])
    week = property(lambda self: self[1])
    weekday = property(lambda self: self[2])

    def __repr__(self):
        return "%s(year=%d, week=%d, weekday=%d)" % (_type_name(self.__class__), self[0],
                                                      self[1], self[2])


# ---- fields and comparisons --------------------------------------------------------------


def _index(value):
    """An integer argument: ints (not floats), or anything with __index__."""
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    index = getattr(type(value), "__index__", None)
    if index is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)
    return index(value)


def _check_date_fields(year, month, day):
    year = _index(year)
    month = _index(month)
    day = _index(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("year %d is out of range" % year)
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    # All are ints (fold too: True is 1) before any range is checked, as CPython's C
    # datetime parses its arguments first.
    hour, minute, second, microsecond, fold = map(_index,
                                                  (hour, minute, second, microsecond, fold))
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")
    return hour, minute, second, microsecond, fold


def _cmp(x, y):
    return 0 if x == y else 1 if x > y else -1


def _divide_and_round(a, b):
    """a / b rounded half to even (b > 0 or not)."""
    q, r = divmod(a, b)
    r *= 2
    greater_than_half = r > b if b > 0 else r < b
    if greater_than_half or (r == b and q % 2 == 1):
        q += 1
    return q


def _type_name(cls):
    """A class as CPython's C datetime names it in reprs (its tp_name): the module's own
    classes as 'datetime.date', subclasses written in Python by their bare name."""
    if cls.__module__ == "datetime":
        return "datetime." + cls.__name__
    return cls.__name__
