"""_datetime_delta: datetime.timedelta (days, seconds and microseconds,
normalised) and the '+HH:MM' text of an offset."""

import math as _math

from _datetime_cal import _divide_and_round, _type_name


class timedelta:
    """A duration: days, seconds (0..86399) and microseconds (0..999999),
    normalised so that only days may be negative."""

    __module__ = "datetime"  # where programs find it (reprs, pickles)

    __slots__ = ("_days", "_seconds", "_microseconds", "_hashcode")

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0,
                weeks=0):
        parts = (days, seconds, microseconds, milliseconds, minutes, hours, weeks)
        scale = (86400000000, 1000000, 1, 1000, 60000000, 3600000000, 604800000000)
        total = 0
        fraction = 0.0
        for value, us in zip(parts, scale):
            if isinstance(value, int):
                total += int(value) * us
            elif isinstance(value, float):
                whole = _math.floor(value)
                total += int(whole) * us
                fraction += (value - whole) * us
            else:
                raise TypeError("unsupported type for timedelta %s component: %s"
                                % (("days", "seconds", "microseconds", "milliseconds",
                                    "minutes", "hours", "weeks")[scale.index(us)],
                                   type(value).__name__))
        if fraction:
            total += round(fraction)
        return cls._from_us(total)

    @classmethod
    def _from_us(cls, us):
        seconds, microseconds = divmod(us, 1000000)
        days, seconds = divmod(seconds, 86400)
        if abs(days) > 999999999:
            raise OverflowError("days=%d; must have magnitude <= 999999999" % days)
        self = object.__new__(cls)
        self._days = days
        self._seconds = seconds
        self._microseconds = microseconds
        self._hashcode = -1
        return self

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def _to_us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    def total_seconds(self):
        return self._to_us() / 10 ** 6

    def __repr__(self):
        # The fields that are not zero, by keyword; timedelta(0) when all are.
        fields = (("days", self._days), ("seconds", self._seconds),
                  ("microseconds", self._microseconds))
        shown = ["%s=%d" % (name, value) for name, value in fields if value] or ["0"]
        return "%s(%s)" % (_type_name(self.__class__), ", ".join(shown))

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = "%d:%02d:%02d" % (hh, mm, ss)
        if self._days:
            s = "%d day%s, " % (self._days, "s" if abs(self._days) != 1 else "") + s
        if self._microseconds:
            s = s + ".%06d" % self._microseconds
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._to_us() + other._to_us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._to_us() - other._to_us())
        return NotImplemented

    def __rsub__(self, other):
        # Only reached for a timedelta subclass on the left that did not answer.
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta._from_us(-self._to_us())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_us(self._to_us() * other)
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return timedelta._from_us(_divide_and_round(self._to_us() * a, b))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() // other._to_us()
        if isinstance(other, int):
            return timedelta._from_us(self._to_us() // other)
        return NotImplemented

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() / other._to_us()
        if isinstance(other, int):
            return timedelta._from_us(_divide_and_round(self._to_us(), other))
        if isinstance(other, float):
            a, b = other.as_integer_ratio()
            return timedelta._from_us(_divide_and_round(b * self._to_us(), a))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._to_us() % other._to_us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._to_us(), other._to_us())
            return q, timedelta._from_us(r)
        return NotImplemented

    def _cmpkey(self, other):
        return self._to_us(), other._to_us()

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() == other._to_us()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() <= other._to_us()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() < other._to_us()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() >= other._to_us()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() > other._to_us()
        return NotImplemented

    def __hash__(self):
        if self._hashcode == -1:
            self._hashcode = hash((self._days, self._seconds, self._microseconds))
        return self._hashcode

    def __bool__(self):
        return self._days != 0 or self._seconds != 0 or self._microseconds != 0

    def __reduce__(self):
        return (self.__class__, (self._days, self._seconds, self._microseconds))


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59,
                          microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


def _format_offset(off, sep=":"):
    """'+HH:MM[:SS[.ffffff]]' of a timedelta (None: '')."""
    if off is None:
        return ""
    sign = "+"
    if off.days < 0:
        sign = "-"
        off = -off
    hh, rest = divmod(off, timedelta(hours=1))
    mm, rest = divmod(rest, timedelta(minutes=1))
    s = "%s%02d%s%02d" % (sign, hh, sep, mm)
    if rest.seconds or rest.microseconds:
        s += "%s%02d" % (sep, rest.seconds)
        if rest.microseconds:
            s += ".%06d" % rest.microseconds
    return s
