"""_datetime_text: datetime's text forms: strftime's directives,
isoformat's time part, fromisoformat's parsers and strptime.

The parsers that make time zones take the timezone class as an argument:
it is defined in datetime, which imports this module."""

from _datetime_cal import (_DAYNAMES, _FULL_DAYNAMES, _FULL_MONTHNAMES, _MONTHNAMES,
                           _days_before_month, _isocal_to_ymd, _isocalendar, _ord2ymd, _ymd2ord)
from _datetime_delta import timedelta, _format_offset


# ---- strftime and isoformat --------------------------------------------------------------


def _strftime(obj, fmt, parts):
    """fmt with the directives replaced; parts is (year, month, day, hour,
    minute, second, microsecond) of obj (a date, time or datetime)."""
    if not isinstance(fmt, str):
        raise TypeError("strftime() argument 1 must be str, not %s" % type(fmt).__name__)
    year, month, day, hour, minute, second, us = parts
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        ch = fmt[i]
        if ch != "%" or i + 1 >= n:
            out.append(ch)
            i += 1
            continue
        d = fmt[i + 1]
        i += 2
        wd = _ymd2ord(year, month, day) % 7  # 0 = Sunday
        if d == "Y":
            out.append("%d" % year if year >= 1000 else "%d" % year)
        elif d == "y":
            out.append("%02d" % (year % 100))
        elif d == "m":
            out.append("%02d" % month)
        elif d == "d":
            out.append("%02d" % day)
        elif d == "e":
            out.append("%2d" % day)
        elif d == "H":
            out.append("%02d" % hour)
        elif d == "I":
            out.append("%02d" % (hour % 12 or 12))
        elif d == "p":
            out.append("AM" if hour < 12 else "PM")
        elif d == "M":
            out.append("%02d" % minute)
        elif d == "S":
            out.append("%02d" % second)
        elif d == "f":
            out.append("%06d" % us)
        elif d == "a":
            out.append(_DAYNAMES[wd or 7])
        elif d == "A":
            out.append(_FULL_DAYNAMES[wd or 7])
        elif d == "w":
            out.append("%d" % wd)
        elif d == "u":
            out.append("%d" % (wd or 7))
        elif d == "b" or d == "h":
            out.append(_MONTHNAMES[month])
        elif d == "B":
            out.append(_FULL_MONTHNAMES[month])
        elif d == "j":
            out.append("%03d" % (_days_before_month(year, month) + day))
        elif d == "U":
            yday = _days_before_month(year, month) + day - 1
            out.append("%02d" % ((yday + 7 - wd) // 7))
        elif d == "W":
            yday = _days_before_month(year, month) + day - 1
            out.append("%02d" % ((yday + 7 - (wd - 1) % 7) // 7))
        elif d == "G" or d == "V":
            iy, iw, _ = _isocalendar(year, month, day)
            out.append("%d" % iy if d == "G" else "%02d" % iw)
        elif d == "z":
            off = obj.utcoffset() if hasattr(obj, "utcoffset") else None
            out.append(_format_offset(off, ""))
        elif d == "Z":
            name = obj.tzname() if hasattr(obj, "tzname") else None
            out.append(name or "")
        elif d == "c":
            out.append("%s %s %2d %02d:%02d:%02d %d" % (_DAYNAMES[wd or 7], _MONTHNAMES[month],
                                                       day, hour, minute, second, year))
        elif d == "x":
            out.append("%02d/%02d/%02d" % (month, day, year % 100))
        elif d == "X":
            out.append("%02d:%02d:%02d" % (hour, minute, second))
        elif d == "D":
            out.append("%02d/%02d/%02d" % (month, day, year % 100))
        elif d == "F":
            out.append("%d-%02d-%02d" % (year, month, day))
        elif d == "T":
            out.append("%02d:%02d:%02d" % (hour, minute, second))
        elif d == "R":
            out.append("%02d:%02d" % (hour, minute))
        elif d == "n":
            out.append("\n")
        elif d == "t":
            out.append("\t")
        elif d == "%":
            out.append("%")
        else:
            out.append("%" + d)
    return "".join(out)


def _format_time(hh, mm, ss, us, timespec="auto"):
    if timespec == "auto":
        timespec = "microseconds" if us else "seconds"
    elif timespec == "milliseconds":
        us //= 1000
    if timespec == "hours":
        return "%02d" % hh
    if timespec == "minutes":
        return "%02d:%02d" % (hh, mm)
    if timespec == "seconds":
        return "%02d:%02d:%02d" % (hh, mm, ss)
    if timespec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (hh, mm, ss, us)
    if timespec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (hh, mm, ss, us)
    raise ValueError("Unknown timespec value")


# ---- fromisoformat -----------------------------------------------------------------------


def _parse_isoformat_date(s):
    """(year, month, day) of 'YYYY-MM-DD', 'YYYYMMDD', 'YYYY-Www-D' or
    'YYYYWwwD'; ValueError otherwise."""
    if len(s) not in (7, 8, 10):
        raise ValueError
    if not s[0:4].isdigit():
        raise ValueError
    year = int(s[0:4])
    has_sep = s[4] == "-"
    pos = 5 if has_sep else 4
    if s[pos] == "W":
        pos += 1
        week = s[pos:pos + 2]
        if not week.isdigit():
            raise ValueError
        pos += 2
        weekday = 1
        if len(s) > pos:
            if has_sep:
                if s[pos] != "-":
                    raise ValueError
                pos += 1
            if not s[pos:].isdigit() or len(s[pos:]) != 1:
                raise ValueError
            weekday = int(s[pos:])
        elif has_sep and len(s) != 8:
            raise ValueError
        return _isocal_to_ymd(year, int(week), weekday)
    month = s[pos:pos + 2]
    pos += 2
    if has_sep:
        if s[pos:pos + 1] != "-":
            raise ValueError
        pos += 1
    day = s[pos:pos + 2]
    if not (month.isdigit() and day.isdigit()) or pos + 2 != len(s):
        raise ValueError
    return year, int(month), int(day)


def _parse_isoformat_time(s, timezone):
    """(hour, minute, second, microsecond, tzinfo) of 'HH[:MM[:SS[.fff[fff]]]][+HH:MM]'
    (also without colons, and with a 'Z' zone)."""
    tz = None
    for i, ch in enumerate(s):
        if ch in "+-Z":
            zone = s[i:]
            s = s[:i]
            if zone == "Z":
                tz = timezone.utc
            else:
                sign = -1 if zone[0] == "-" else 1
                hh, mm, ss, us = _parse_hms(zone[1:])
                off = timedelta(hours=hh, minutes=mm, seconds=ss, microseconds=us)
                tz = timezone.utc if not off else timezone(sign * off)
            break
    hh, mm, ss, us = _parse_hms(s)
    return hh, mm, ss, us, tz


def _parse_hms(s):
    if not s:
        raise ValueError
    fields = [0, 0, 0, 0]
    pos = 0
    n = len(s)
    has_sep = n > 2 and s[2] == ":"
    for k in range(3):
        part = s[pos:pos + 2]
        if len(part) != 2 or not part.isdigit():
            raise ValueError
        fields[k] = int(part)
        pos += 2
        if pos >= n:
            return fields
        ch = s[pos]
        if k < 2 and has_sep:
            if ch != ":":
                break
            pos += 1
        elif k < 2 and ch in ".,":
            break
    if pos < n:
        if s[pos] not in ".,":
            raise ValueError
        digits = s[pos + 1:]
        if not digits.isdigit() or len(digits) not in (3, 6) and len(digits) < 6:
            if not digits.isdigit() or not digits:
                raise ValueError
        digits = digits[:6]
        fields[3] = int(digits.ljust(6, "0"))
    return fields


def _date_length(s):
    """Where the date part of an ISO datetime string ends."""
    if len(s) > 10 and s[4] == "-" and s[7] == "-" and not s[10].isdigit():
        return 10
    if s[4] == "-" and s[5] == "W":
        return 10 if len(s) > 8 and s[8] == "-" else 8
    if s[4] == "W":
        return 8 if len(s) > 7 and s[7].isdigit() else 7
    if s[4] == "-":
        return 10
    return 8


# ---- strptime ----------------------------------------------------------------------------


def _strptime(cls, data, fmt, timezone):
    """cls built from data read with format fmt (strftime's directives)."""
    if not isinstance(data, str):
        raise TypeError("strptime() argument 1 must be str, not %s" % type(data).__name__)
    if not isinstance(fmt, str):
        raise TypeError("strptime() argument 2 must be str, not %s" % type(fmt).__name__)
    values = {"year": 1900, "month": 1, "day": 1, "hour": 0, "minute": 0, "second": 0,
              "us": 0}
    pm = None
    tz = None
    yday = None
    pos = 0
    i = 0
    n = len(fmt)

    def fail():
        raise ValueError("time data %r does not match format %r" % (data, fmt))

    def number(pos, most):
        end = pos
        while end < len(data) and end - pos < most and data[end].isdigit():
            end += 1
        if end == pos:
            fail()
        return int(data[pos:end]), end

    def name(pos, names):
        for k in range(len(names) - 1, 0, -1):
            word = names[k]
            if data[pos:pos + len(word)].lower() == word.lower():
                return k, pos + len(word)
        fail()

    while i < n:
        ch = fmt[i]
        if ch != "%":
            if ch.isspace():
                while pos < len(data) and data[pos].isspace():
                    pos += 1
                i += 1
                continue
            if pos >= len(data) or data[pos] != ch:
                fail()
            pos += 1
            i += 1
            continue
        if i + 1 >= n:
            raise ValueError("stray %% in format %r" % fmt)
        d = fmt[i + 1]
        i += 2
        if d == "Y":
            values["year"], pos = number(pos, 4)
        elif d == "y":
            y, pos = number(pos, 2)
            values["year"] = y + (2000 if y < 69 else 1900)
        elif d == "m":
            values["month"], pos = number(pos, 2)
        elif d == "d":
            values["day"], pos = number(pos, 2)
        elif d == "H":
            values["hour"], pos = number(pos, 2)
        elif d == "I":
            values["hour"], pos = number(pos, 2)
            if pm is None:
                pm = False
        elif d == "M":
            values["minute"], pos = number(pos, 2)
        elif d == "S":
            values["second"], pos = number(pos, 2)
        elif d == "f":
            start = pos
            us, pos = number(pos, 6)
            values["us"] = int(data[start:pos].ljust(6, "0"))
        elif d == "j":
            yday, pos = number(pos, 3)
        elif d == "p":
            word = data[pos:pos + 2].upper()
            if word not in ("AM", "PM"):
                fail()
            pm = word == "PM"
            pos += 2
        elif d == "b" or d == "h":
            values["month"], pos = name(pos, _MONTHNAMES)
        elif d == "B":
            values["month"], pos = name(pos, _FULL_MONTHNAMES)
        elif d == "a":
            _, pos = name(pos, _DAYNAMES)
        elif d == "A":
            _, pos = name(pos, _FULL_DAYNAMES)
        elif d == "z":
            if data[pos:pos + 1] == "Z":
                tz = timezone.utc
                pos += 1
            else:
                if data[pos:pos + 1] not in ("+", "-"):
                    fail()
                sign = -1 if data[pos] == "-" else 1
                pos += 1
                hh, pos = number(pos, 2)
                if data[pos:pos + 1] == ":":
                    pos += 1
                mm, pos = number(pos, 2)
                ss = 0
                if data[pos:pos + 1] == ":" or data[pos:pos + 1].isdigit():
                    if data[pos] == ":":
                        pos += 1
                    ss, pos = number(pos, 2)
                off = timedelta(hours=hh, minutes=mm, seconds=ss)
                tz = timezone(sign * off)
        elif d == "%":
            if data[pos:pos + 1] != "%":
                fail()
            pos += 1
        else:
            raise ValueError("'%s' is a bad directive in format '%s'" % (d, "%" + d))
    if pos != len(data):
        raise ValueError("unconverted data remains: %s" % data[pos:])
    hour = values["hour"]
    if pm is not None:
        if hour == 12:
            hour = 0
        if pm:
            hour += 12
    year, month, day = values["year"], values["month"], values["day"]
    if yday is not None:
        year, month, day = _ord2ymd(_ymd2ord(year, 1, 1) + yday - 1)
    return cls(year, month, day, hour, values["minute"], values["second"], values["us"], tz)
