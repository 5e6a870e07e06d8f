"""time: the clocks and sleep (native, in _time), and the calendar side over
struct_time: gmtime, localtime, mktime, asctime, ctime, strftime, strptime.

Local time is UTC here (there is no time-zone database): localtime() is gmtime() named
'UTC', timezone and altzone are 0, daylight is 0.
"""

from _time import *

timezone = 0
altzone = 0
daylight = 0
tzname = ("UTC", "UTC")

_FIELDS = ("tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday",
           "tm_isdst")
_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_EPOCH_ORDINAL = 719163  # date(1970, 1, 1).toordinal()


class struct_time(tuple):
    """The time as (year, month, day, hour, minute, second, weekday, day of the year, dst),
    with the fields also by name, and tm_zone and tm_gmtoff beside them."""

    n_sequence_fields = 9
    n_fields = 11
    n_unnamed_fields = 0

    def __new__(cls, seq, dict=None):
        items = tuple(seq)
        if len(items) < 9:
            raise TypeError("time.struct_time() takes an at least 9-sequence (%d-sequence "
                            "given)" % len(items))
        if len(items) > 11:
            raise TypeError("time.struct_time() takes an at most 11-sequence (%d-sequence "
                            "given)" % len(items))
        self = tuple.__new__(cls, items[:9])
        extra = items[9:] + (None,) * (11 - len(items))
        object.__setattr__(self, "_extra", extra)
        return self

    def __repr__(self):
        return "time.struct_time(%s)" % ", ".join(
            "%s=%r" % (name, value) for name, value in zip(_FIELDS, self))

    def __setattr__(self, name, value):
        raise AttributeError("readonly attribute")

    tm_zone = property(lambda self: self._extra[0])
    tm_gmtoff = property(lambda self: self._extra[1])


for _i, _name in enumerate(_FIELDS):
    setattr(struct_time, _name, property(lambda self, _i=_i: tuple.__getitem__(self, _i)))
del _i, _name


def _seconds(secs, what):
    if secs is None:
        return int(time())
    try:
        return int(secs // 1)
    except TypeError:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(secs).__name__) from None


def _from_seconds(secs, zone):
    import datetime
    days, rest = divmod(secs, 86400)
    d = datetime.date.fromordinal(_EPOCH_ORDINAL + days)
    hour, rest = divmod(rest, 3600)
    minute, second = divmod(rest, 60)
    yday = d.toordinal() - datetime.date(d.year, 1, 1).toordinal() + 1
    return struct_time((d.year, d.month, d.day, hour, minute, second, d.weekday(), yday, 0,
                        zone, 0))


def gmtime(secs=None):
    """struct_time of secs (default: now) since the epoch, in UTC."""
    return _from_seconds(_seconds(secs, "gmtime"), "GMT")


def localtime(secs=None):
    """struct_time of secs (default: now) in local time, which is UTC here."""
    return _from_seconds(_seconds(secs, "localtime"), tzname[0])


def _tuple(t, what):
    if not isinstance(t, tuple):
        raise TypeError("Tuple or struct_time argument required")
    if len(t) != 9:
        raise TypeError("%s(): illegal time tuple argument" % what)
    return t


def mktime(t):
    """The seconds since the epoch (a float) of local time tuple t."""
    import datetime
    year, month, day, hour, minute, second = _tuple(t, "mktime")[:6]
    days = datetime.date(year, 1, 1).toordinal() - _EPOCH_ORDINAL
    days += datetime.date(year, month, 1).toordinal() - datetime.date(year, 1, 1).toordinal()
    return float(((days + day - 1) * 24 + hour) * 3600 + minute * 60 + second)


def asctime(t=None):
    """'Sun Jun 20 23:21:05 1993' for t (default: localtime())."""
    if t is None:
        t = localtime()
    year, month, day, hour, minute, second, wday = _tuple(t, "asctime")[:7]
    return "%s %s %2d %02d:%02d:%02d %d" % (_DAYS[wday], _MONTHS[month - 1], day, hour, minute,
                                            second, year)


def ctime(secs=None):
    """asctime(localtime(secs))."""
    return asctime(localtime(secs))


def strftime(format, t=None):
    """format with its % directives filled from t (default: localtime())."""
    import datetime
    if not isinstance(format, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % type(format).__name__)
    if t is None:
        t = localtime()
    year, month, day, hour, minute, second = _tuple(t, "strftime")[:6]
    zone = getattr(t, "tm_zone", None) or tzname[0]
    pieces = format.split("%%")
    pieces = [p.replace("%Z", zone).replace("%z", "+0000") for p in pieces]
    when = datetime.datetime(year, month, day, hour, minute, second)
    return "%".join(when.strftime(p) for p in pieces)


def strptime(string, format="%a %b %d %H:%M:%S %Y"):
    """The struct_time that string holds, read by format."""
    import datetime
    return datetime.datetime.strptime(string, format).timetuple()
