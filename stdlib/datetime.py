"""datetime: dates, times, intervals and fixed-offset time zones.

date, time, datetime, timedelta, tzinfo and timezone with CPython's
arithmetic, comparisons, reprs, isoformat/fromisoformat, strftime (the
common directives) and strptime (the same directives). now() and today()
read the runtime's clock (time.time()).

This module holds the classes a program names; their helpers live apart,
one concept each: _datetime_cal (the calendar, field checks),
_datetime_delta (timedelta) and _datetime_text (strftime, the ISO formats,
strptime). Every class says it belongs to `datetime`, as CPython's do, so
reprs and pickles name datetime.timedelta and the rest.

Local time is UTC: closured has no time-zone database, so now() (without
tz), fromtimestamp(t) and astimezone() treat the local zone as UTC, and
%Z of a naive value is empty, as CPython prints it.
"""

import time as _time
from _types import set_c_name as _set_c_name

from _datetime_cal import (MINYEAR, MAXYEAR, _MAXORDINAL, _MONTHNAMES, _DAYNAMES,
                           IsoCalendarDate, _check_date_fields, _check_time_fields, _cmp, _index,
                           _isocal_to_ymd, _isocalendar, _ord2ymd, _type_name, _utc_fields,
                           _ymd2ord)
from _datetime_delta import timedelta, _format_offset
from _datetime_text import (_date_length, _format_time, _parse_isoformat_date,
                            _parse_isoformat_time, _strftime, _strptime)

__all__ = ("date", "datetime", "time", "timedelta", "timezone", "tzinfo", "MINYEAR", "MAXYEAR",
           "UTC")


# ---- date --------------------------------------------------------------------------------


def _check_tzinfo(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                        % type(tz).__name__)


def _format_with(self, fmt):
    # format(value, spec): strftime(spec), or str() for an empty spec
    if not isinstance(fmt, str):
        raise TypeError("must be str, not %s" % type(fmt).__name__)
    return self.strftime(fmt) if fmt else str(self)


# replace()'s default: the field keeps its value. None is a value like any other (an
# error for a number, no zone for tzinfo), as in CPython's C datetime.
_KEEP = object()


def _replaced(given, current):
    """replace()'s fields: each given value, or the current one where none was given."""
    return [now if new is _KEEP else new for new, now in zip(given, current)]


def _pickled(state, size, sane, what, zone=None):
    """The bytes a pickle gave a constructor in place of its fields (CPython's C types
    take their packed state so), or None for ordinary arguments: `size` bytes (or the
    str a Python 2 pickle read as latin-1 made of them) whose byte at index sane[0],
    masked with sane[1], is within range(sane[2], sane[3]). `zone` is the tzinfo
    argument that may come with the state."""
    if not isinstance(state, (bytes, str)) or len(state) != size:
        return None
    probe = state[sane[0]]
    if isinstance(probe, str):
        probe = ord(probe)
    if not sane[2] <= probe & sane[1] < sane[3]:
        return None
    if zone is not None and not isinstance(zone, tzinfo):
        raise TypeError("bad tzinfo state arg")
    if isinstance(state, str):
        try:
            state = state.encode("latin1")
        except UnicodeEncodeError:
            raise ValueError("Failed to encode latin1 string when unpickling a %s object. "
                             "pickle.load(data, encoding='latin1') is assumed." % what) from None
    return state


def _packed_time(hour, minute, second, microsecond, fold):
    """The six state bytes of a time of day; fold rides on the hour's high bit."""
    return bytes((hour | (0x80 if fold else 0), minute, second, microsecond >> 16,
                  (microsecond >> 8) & 0xFF, microsecond & 0xFF))


def _unpacked_time(state):
    """hour, minute, second, microsecond, fold from _packed_time's bytes."""
    return (state[0] & 0x7F, state[1], state[2], (state[3] << 16) | (state[4] << 8) | state[5],
            state[0] >> 7)


class date:
    """A calendar date: date(year, month, day)."""

    __slots__ = ("_year", "_month", "_day", "_hashcode")

    def __new__(cls, year, month=None, day=None):
        state = _pickled(year, 4, (2, 0xFF, 1, 13), "date") if month is None else None
        if state is not None:
            year, month, day = state[0] << 8 | state[1], state[2], state[3]
        else:
            year, month, day = _check_date_fields(year, month, day)
        self = object.__new__(cls)
        self._year, self._month, self._day = year, month, day
        self._hashcode = -1  # computed on first use
        return self

    @classmethod
    def fromtimestamp(cls, t):
        y, m, d, hh, mm, ss, us = _utc_fields(t)
        return cls(y, m, d)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        n = _index(n)
        if not 1 <= n <= _MAXORDINAL:
            raise ValueError("ordinal must be >= 1")
        y, m, d = _ord2ymd(n)
        return cls(y, m, d)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            return cls(*_parse_isoformat_date(date_string))
        except (ValueError, IndexError):
            raise ValueError("Invalid isoformat string: %r" % date_string) from None

    @classmethod
    def fromisocalendar(cls, year, week, day):
        return cls(*_isocal_to_ymd(year, week, day))

    def __repr__(self):
        return "%s(%d, %d, %d)" % (_type_name(self.__class__), self._year, self._month,
                                   self._day)

    def ctime(self):
        weekday = self.toordinal() % 7 or 7
        return "%s %s %2d 00:00:00 %04d" % (_DAYNAMES[weekday], _MONTHNAMES[self._month],
                                            self._day, self._year)

    def strftime(self, fmt):
        return _strftime(self, fmt, (self._year, self._month, self._day, 0, 0, 0, 0))

    __format__ = _format_with

    def isoformat(self):
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    def __str__(self):
        return self.isoformat()

    year = property(lambda self: self._year)
    month = property(lambda self: self._month)
    day = property(lambda self: self._day)

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def replace(self, year=_KEEP, month=_KEEP, day=_KEEP):
        return type(self)(*_replaced((year, month, day), (self._year, self._month, self._day)))

    def _cmp(self, other):
        return _cmp((self._year, self._month, self._day),
                    (other._year, other._month, other._day))

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            if isinstance(self, datetime):
                return False
            return self._cmp(other) == 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmp(other) <= 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmp(other) < 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmp(other) >= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._cmp(other) > 0
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._year, self._month, self._day))
        return self._hashcode

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        # only the whole days of the timedelta count
        ordinal = self.toordinal() + other.days
        if not 0 < ordinal <= _MAXORDINAL:
            raise OverflowError("result out of range")
        return type(self).fromordinal(ordinal)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def timetuple(self):
        return _time.struct_time((self._year, self._month, self._day, 0, 0, 0, self.weekday(),
                                  self.toordinal() - _ymd2ord(self._year, 1, 1) + 1, -1))

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        return IsoCalendarDate(*_isocalendar(self._year, self._month, self._day))

    def __reduce__(self):
        return (self.__class__, (bytes((self._year >> 8, self._year & 0xFF, self._month,
                                        self._day)),))


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


# ---- tzinfo and timezone -----------------------------------------------------------------


class tzinfo:
    """The abstract base of time zones: utcoffset, dst and tzname."""

    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError("tzinfo subclass must override tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("tzinfo subclass must override utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("tzinfo subclass must override dst()")

    def __reduce__(self):
        # the arguments __getinitargs__ gives (none without it) and the instance's
        # state: its attributes, or None when it has none
        initargs = getattr(self, "__getinitargs__", None)
        state = getattr(self, "__dict__", None) or None
        return (self.__class__, initargs() if initargs is not None else (), state)

    def fromutc(self, dt):
        if not isinstance(dt, datetime):
            raise TypeError("fromutc: argument must be a datetime")
        if dt.tzinfo is not self:
            raise ValueError("fromutc: dt.tzinfo is not self")
        # dt holds a UTC time: shifted by the standard offset (the full offset
        # less its daylight part) it is local standard time, and adding the
        # daylight saving in force at that time gives local time
        offset = dt.utcoffset()
        if offset is None:
            raise ValueError("fromutc: non-None utcoffset() result required")
        saving = dt.dst()
        if saving is None:
            raise ValueError("fromutc: non-None dst() result required")
        standard = offset - saving
        if not standard:
            return dt + saving
        local = dt + standard
        saving = local.dst()
        if saving is None:
            raise ValueError("fromutc: tz.dst() gave inconsistent results; cannot convert")
        return local + saving


def _zone_answer(zone, name, about):
    """zone's utcoffset, dst or tzname (name) for `about` (the datetime, or
    None for a time): None without a zone; the offsets checked."""
    if zone is None:
        return None
    answer = getattr(zone, name)(about)
    if name != "tzname":
        _check_utc_offset(name, answer)
    return answer


def _offsets_apart(a, b):
    """For comparing or subtracting two times or datetimes: None when their
    fields can be compared as they are (the same tzinfo object, or equal
    offsets), else the two utcoffset() answers."""
    if a._tzinfo is b._tzinfo:
        return None
    mine, theirs = a.utcoffset(), b.utcoffset()
    return None if mine == theirs else (mine, theirs)


def _check_utc_offset(name, offset):
    if offset is None:
        return
    if not isinstance(offset, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (name, type(offset).__name__))
    if not -timedelta(1) < offset < timedelta(1):
        raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) "
                         "and timedelta(hours=24).")


class timezone(tzinfo):
    """A fixed offset from UTC: timezone(timedelta(hours=2), 'CEST')."""

    __slots__ = ("_offset", "_name")
    _Omitted = object()

    def __new__(cls, offset, name=_Omitted):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s"
                            % type(offset).__name__)
        if name is cls._Omitted:
            if not offset:
                return cls.utc
            name = None
        elif not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s" % type(name).__name__)
        if not cls._minoffset <= offset <= cls._maxoffset:
            raise ValueError("offset must be a timedelta strictly between "
                             "-timedelta(hours=24) and timedelta(hours=24), not %r." % offset)
        return cls._create(offset, name)

    @classmethod
    def _create(cls, offset, name=None):
        # Past __new__'s checks: also how utc, min and max are made.
        zone = tzinfo.__new__(cls)
        zone._offset, zone._name = offset, name
        return zone

    # Zones are equal when their offsets are; the names do not count.
    def __hash__(self):
        return hash(self._offset)

    def __eq__(self, other):
        if not isinstance(other, timezone):
            return NotImplemented
        return self._offset == other._offset

    def __repr__(self):
        if self is self.utc:
            return "datetime.timezone.utc"
        if self._name is None:
            return "%s(%r)" % (_type_name(self.__class__), self._offset)
        return "%s(%r, %r)" % (_type_name(self.__class__), self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def utcoffset(self, dt):
        if isinstance(dt, datetime) or dt is None:
            return self._offset
        raise TypeError("utcoffset() argument must be a datetime instance or None")

    def tzname(self, dt):
        if isinstance(dt, datetime) or dt is None:
            if self._name is None:
                return self._name_from_offset(self._offset)
            return self._name
        raise TypeError("tzname() argument must be a datetime instance or None")

    def dst(self, dt):
        if isinstance(dt, datetime) or dt is None:
            return None
        raise TypeError("dst() argument must be a datetime instance or None")

    def fromutc(self, dt):
        if isinstance(dt, datetime):
            if dt.tzinfo is not self:
                raise ValueError("fromutc: dt.tzinfo is not self")
            return dt + self._offset
        raise TypeError("fromutc() argument must be a datetime instance or None")

    @staticmethod
    def _name_from_offset(delta):
        if not delta:
            return "UTC"
        return "UTC" + _format_offset(delta)

    def __getinitargs__(self):
        if self._name is None:
            return (self._offset,)
        return (self._offset, self._name)


timezone._maxoffset = timedelta(hours=24, microseconds=-1)
timezone._minoffset = -timezone._maxoffset
timezone.utc = timezone._create(timedelta(0))
timezone.min = timezone._create(timezone._minoffset)
timezone.max = timezone._create(timezone._maxoffset)
UTC = timezone.utc


# ---- time --------------------------------------------------------------------------------


class time:
    """A time of day: time(hour, minute, second, microsecond, tzinfo)."""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_hashcode", "_fold")

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        state = None
        if second == 0 and microsecond == 0 and tzinfo is None:
            # time(state) or time(state, tzinfo): the zone comes second then
            zone = None if type(minute) is int and minute == 0 else minute
            state = _pickled(hour, 6, (0, 0x7F, 0, 24), "time", zone)
        if state is not None:
            tzinfo = zone
            hour, minute, second, microsecond, fold = _unpacked_time(state)
        else:
            hour, minute, second, microsecond, fold = _check_time_fields(hour, minute, second,
                                                                         microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._hour, self._minute, self._second = hour, minute, second
        self._microsecond, self._fold = microsecond, fold
        self._tzinfo = tzinfo
        self._hashcode = -1  # computed on first use
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    def _cmp(self, other):
        offsets = _offsets_apart(self, other)
        if offsets is None:
            return _cmp((self._hour, self._minute, self._second, self._microsecond),
                        (other._hour, other._minute, other._second, other._microsecond))
        if None in offsets:
            raise TypeError("can't compare offset-naive and offset-aware times")
        # both in UTC minutes of the day (which may leave the 0..1439 range)
        minute = timedelta(minutes=1)
        mine = self._hour * 60 + self._minute - offsets[0] // minute
        theirs = other._hour * 60 + other._minute - offsets[1] // minute
        return _cmp((mine, self._second, self._microsecond),
                    (theirs, other._second, other._microsecond))

    def __eq__(self, other):
        if isinstance(other, time):
            try:
                return self._cmp(other) == 0
            except TypeError:
                return False
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._cmp(other) <= 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._cmp(other) < 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._cmp(other) >= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._cmp(other) > 0
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            tzoff = self.utcoffset()
            if not tzoff:
                self._hashcode = hash((self._hour, self._minute, self._second,
                                       self._microsecond))
            else:
                h, m = divmod(timedelta(hours=self._hour, minutes=self._minute) - tzoff,
                              timedelta(hours=1))
                m //= timedelta(minutes=1)
                self._hashcode = hash((h, m, self._second, self._microsecond))
        return self._hashcode

    def _tzstr(self):
        return _format_offset(self.utcoffset())

    def __repr__(self):
        # seconds and microseconds only when not zero (microseconds need the seconds)
        args = [self._hour, self._minute, self._second, self._microsecond]
        while len(args) > 2 and not args[-1]:
            args.pop()
        text = ", ".join("%d" % value for value in args)
        if self._tzinfo is not None:
            text += ", tzinfo=%r" % (self._tzinfo,)
        if self._fold:
            text += ", fold=1"
        return "%s(%s)" % (_type_name(self.__class__), text)

    def isoformat(self, timespec="auto"):
        clock = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return clock + (self._tzstr() or "")

    __str__ = isoformat

    @classmethod
    def fromisoformat(cls, time_string):
        if not isinstance(time_string, str):
            raise TypeError("fromisoformat: argument must be str")
        s = time_string[1:] if time_string[:1] == "T" else time_string
        try:
            hh, mm, ss, us, tz = _parse_isoformat_time(s, timezone)
            return cls(hh, mm, ss, us, tz)
        except (ValueError, IndexError):
            raise ValueError("Invalid isoformat string: %r" % time_string) from None

    def strftime(self, fmt):
        return _strftime(self, fmt, (1900, 1, 1, self._hour, self._minute, self._second,
                                     self._microsecond))

    __format__ = _format_with

    # a time asks its tzinfo about None (there is no date to ask about)
    def utcoffset(self):
        return _zone_answer(self._tzinfo, "utcoffset", None)

    def tzname(self):
        return _zone_answer(self._tzinfo, "tzname", None)

    def dst(self):
        return _zone_answer(self._tzinfo, "dst", None)

    def replace(self, hour=_KEEP, minute=_KEEP, second=_KEEP, microsecond=_KEEP, tzinfo=_KEEP,
                *, fold=_KEEP):
        fields = _replaced((hour, minute, second, microsecond),
                           (self._hour, self._minute, self._second, self._microsecond))
        if tzinfo is _KEEP:
            tzinfo = self._tzinfo
        return type(self)(*fields, tzinfo, fold=self._fold if fold is _KEEP else fold)

    def __reduce_ex__(self, protocol):
        # the fold travels only from protocol 4 on, as in CPython
        state = _packed_time(self._hour, self._minute, self._second, self._microsecond,
                             self._fold and protocol > 3)
        return (self.__class__, (state,) if self._tzinfo is None else (state, self._tzinfo))

    def __reduce__(self):
        return self.__reduce_ex__(2)


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


# ---- datetime ----------------------------------------------------------------------------


class datetime(date):
    """A date and a time of day: datetime(year, month, day, hour=0, minute=0,
    second=0, microsecond=0, tzinfo=None, *, fold=0)."""

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold")

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0, microsecond=0,
                tzinfo=None, *, fold=0):
        state = None
        if day is None and tzinfo is None:
            # datetime(state) or datetime(state, tzinfo): the zone comes second then
            state = _pickled(year, 10, (2, 0x7F, 1, 13), "datetime", month)
        if state is not None:
            tzinfo = month
            year, month, day = state[0] << 8 | state[1], state[2] & 0x7F, state[3]
            hour, minute, second, microsecond, _ = _unpacked_time(state[4:])
            fold = state[2] >> 7
        else:
            year, month, day = _check_date_fields(year, month, day)
            hour, minute, second, microsecond, fold = _check_time_fields(hour, minute, second,
                                                                         microsecond, fold)
        _check_tzinfo(tzinfo)
        self = object.__new__(cls)
        self._year, self._month, self._day = year, month, day
        self._hour, self._minute, self._second = hour, minute, second
        self._microsecond, self._fold = microsecond, fold
        self._tzinfo = tzinfo
        self._hashcode = -1  # computed on first use
        return self

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)
    fold = property(lambda self: self._fold)

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        _check_tzinfo(tz)
        y, m, d, hh, mm, ss, us = _utc_fields(t)
        result = cls(y, m, d, hh, mm, ss, us, timezone.utc if tz is not None else None)
        if tz is not None:
            result = tz.fromutc(result.replace(tzinfo=tz))
        return result

    @classmethod
    def utcfromtimestamp(cls, t):
        y, m, d, hh, mm, ss, us = _utc_fields(t)
        return cls(y, m, d, hh, mm, ss, us)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if not isinstance(date, _date_class):
            raise TypeError("combine() argument 1 must be datetime.date, not %s"
                            % type(date).__name__)
        if not isinstance(time, _time_class):
            raise TypeError("combine() argument 2 must be datetime.time, not %s"
                            % type(time).__name__)
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute, time.second,
                   time.microsecond, tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        if len(date_string) < 7:
            raise ValueError("Invalid isoformat string: %r" % date_string)
        try:
            sep_at = _date_length(date_string)
            y, m, d = _parse_isoformat_date(date_string[:sep_at])
            rest = date_string[sep_at + 1:]
            if sep_at < len(date_string):
                hh, mm, ss, us, tz = _parse_isoformat_time(rest, timezone)
            else:
                hh = mm = ss = us = 0
                tz = None
            return cls(y, m, d, hh, mm, ss, us, tz)
        except (ValueError, IndexError):
            raise ValueError("Invalid isoformat string: %r" % date_string) from None

    @classmethod
    def strptime(cls, date_string, format):
        return _strptime(cls, date_string, format, timezone)

    def timetuple(self):
        dst = self.dst() if self._tzinfo is not None else None
        flag = -1 if dst is None else (1 if dst else 0)
        return _time.struct_time((self.year, self.month, self.day, self.hour, self.minute,
                                  self.second, self.weekday(),
                                  self.toordinal() - _ymd2ord(self.year, 1, 1) + 1, flag))

    def timestamp(self):
        if self._tzinfo is None:
            return (self - _EPOCH_NAIVE).total_seconds()
        return (self - _EPOCH).total_seconds()

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo,
                    fold=self._fold)

    def replace(self, year=_KEEP, month=_KEEP, day=_KEEP, hour=_KEEP, minute=_KEEP,
                second=_KEEP, microsecond=_KEEP, tzinfo=_KEEP, *, fold=_KEEP):
        fields = _replaced((year, month, day, hour, minute, second, microsecond),
                           (self._year, self._month, self._day, self._hour, self._minute,
                            self._second, self._microsecond))
        if tzinfo is _KEEP:
            tzinfo = self._tzinfo
        return type(self)(*fields, tzinfo, fold=self._fold if fold is _KEEP else fold)

    def astimezone(self, tz=None):
        if tz is None:
            tz = timezone.utc
        elif not isinstance(tz, tzinfo):
            raise TypeError("tzinfo argument must be an instance of tzinfo")
        mytz = self._tzinfo
        if mytz is None:
            myoffset = timedelta(0)
        else:
            if tz is mytz:
                return self
            myoffset = self.utcoffset()
            if myoffset is None:
                myoffset = timedelta(0)
        if tz is mytz:
            return self
        utc = (self - myoffset).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def ctime(self):
        weekday = self.toordinal() % 7 or 7
        return "%s %s %2d %02d:%02d:%02d %04d" % (_DAYNAMES[weekday], _MONTHNAMES[self._month],
                                                  self._day, self._hour, self._minute,
                                                  self._second, self._year)

    def isoformat(self, sep="T", timespec="auto"):
        s = "%04d-%02d-%02d%s" % (self._year, self._month, self._day, sep) + _format_time(
            self._hour, self._minute, self._second, self._microsecond, timespec)
        off = self.utcoffset()
        if off is not None:
            s += _format_offset(off)
        return s

    def __repr__(self):
        fields = [self._year, self._month, self._day, self._hour, self._minute, self._second,
                  self._microsecond]
        if fields[-1] == 0:
            del fields[-1]
        if fields[-1] == 0:
            del fields[-1]
        # CPython's C datetime writes fold before tzinfo here (time writes it after).
        if self._fold:
            fields.append("fold=1")
        if self._tzinfo is not None:
            fields.append("tzinfo=%r" % (self._tzinfo,))
        return "%s(%s)" % (_type_name(self.__class__), ", ".join(map(str, fields)))

    def __str__(self):
        return self.isoformat(sep=" ")

    def strftime(self, fmt):
        return _strftime(self, fmt, (self._year, self._month, self._day, self._hour,
                                     self._minute, self._second, self._microsecond))

    def utcoffset(self):
        return _zone_answer(self._tzinfo, "utcoffset", self)

    def tzname(self):
        return _zone_answer(self._tzinfo, "tzname", self)

    def dst(self):
        return _zone_answer(self._tzinfo, "dst", self)

    def _fields(self):
        return (self._year, self._month, self._day, self._hour, self._minute, self._second,
                self._microsecond)

    def _cmp(self, other, allow_mixed=False):
        offsets = _offsets_apart(self, other)
        if offsets is None:
            return _cmp(self._fields(), other._fields())
        if None in offsets:
            # naive against aware: unequal for ==, an error for ordering
            if allow_mixed:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        diff = self - other
        if diff.days < 0:
            return -1
        return 1 if diff else 0

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other, allow_mixed=True) == 0
        if not isinstance(other, date):
            return NotImplemented
        return False

    def __le__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other) <= 0
        if not isinstance(other, date):
            return NotImplemented
        _cmperror(self, other)

    def __lt__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other) < 0
        if not isinstance(other, date):
            return NotImplemented
        _cmperror(self, other)

    def __ge__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other) >= 0
        if not isinstance(other, date):
            return NotImplemented
        _cmperror(self, other)

    def __gt__(self, other):
        if isinstance(other, datetime):
            return self._cmp(other) > 0
        if not isinstance(other, date):
            return NotImplemented
        _cmperror(self, other)

    def _to_us(self):
        return ((self.toordinal() * 86400 + self._hour * 3600 + self._minute * 60 +
                 self._second) * 1000000 + self._microsecond)

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        us = self._to_us() + other._to_us()
        days, us = divmod(us, 86400 * 1000000)
        if not 0 < days <= _MAXORDINAL:
            raise OverflowError("date value out of range")
        y, m, d = _ord2ymd(days)
        secs, us = divmod(us, 1000000)
        hh, rest = divmod(secs, 3600)
        mm, ss = divmod(rest, 60)
        return type(self)(y, m, d, hh, mm, ss, us, tzinfo=self._tzinfo)

    __radd__ = __add__

    def __sub__(self, other):
        if not isinstance(other, datetime):
            if isinstance(other, timedelta):
                return self + -other
            return NotImplemented
        base = timedelta._from_us(self._to_us() - other._to_us())
        offsets = _offsets_apart(self, other)
        if offsets is None:
            return base
        if None in offsets:
            raise TypeError("can't subtract offset-naive and offset-aware datetimes")
        return base + offsets[1] - offsets[0]

    def __hash__(self):
        if self._hashcode == -1:
            tzoff = self.utcoffset()
            if tzoff is None:
                self._hashcode = hash(self._fields())
            else:
                self._hashcode = hash((self - tzoff)._fields())
        return self._hashcode

    def __reduce_ex__(self, protocol):
        # the fold travels only from protocol 4 on, on the month's high bit
        fold = 0x80 if self._fold and protocol > 3 else 0
        state = bytes((self._year >> 8, self._year & 0xFF, self._month | fold, self._day))
        state += _packed_time(self._hour, self._minute, self._second, self._microsecond, 0)
        return (self.__class__, (state,) if self._tzinfo is None else (state, self._tzinfo))

    def __reduce__(self):
        return self.__reduce_ex__(2)


def _cmperror(x, y):
    raise TypeError("can't compare %s to %s" % (_type_name(type(x)), _type_name(type(y))))


_date_class = date
_time_class = time
datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
_EPOCH_NAIVE = datetime(1970, 1, 1)

# CPython's classes here are C types named with their module in its errors
# ("unsupported operand type(s) for +: 'datetime.date' and 'int'")
for _c in (date, tzinfo, timezone, time, datetime, timedelta):
    _set_c_name(_c, "datetime." + _c.__name__)
del _c
