"""email.utils for closured: addresses (parseaddr, getaddresses, formataddr), dates in
RFC 2822 form (parsedate, parsedate_tz, parsedate_to_datetime, mktime_tz, formatdate,
format_datetime), make_msgid, quoting, and the RFC 2231 parameter helpers."""

import datetime
import random
import re
import time
import urllib.parse

from email._addresses import AddressScanner
from email._policybase import _has_surrogates

__all__ = ['collapse_rfc2231_value', 'decode_params', 'decode_rfc2231', 'encode_rfc2231',
           'formataddr', 'formatdate', 'format_datetime', 'getaddresses', 'make_msgid',
           'mktime_tz', 'parseaddr', 'parsedate', 'parsedate_tz', 'parsedate_to_datetime',
           'unquote']

COMMASPACE = ', '
EMPTYSTRING = ''
UEMPTYSTRING = ''
CRLF = '\r\n'
TICK = "'"

_NEEDS_QUOTES = re.compile(r'[][\\()<>@,:;".]')
_TO_ESCAPE = re.compile(r'[\\"]')


# ---- addresses

def parseaddr(addr):
    """(realname, address) of the first address in addr; ('', '') when there is none."""
    found = AddressScanner(addr).all() if addr else []
    return found[0] if found else ('', '')


def getaddresses(fieldvalues):
    """Every (realname, address) pair of the given header values."""
    return AddressScanner(COMMASPACE.join(str(value) for value in fieldvalues)).all()


def formataddr(pair, charset='utf-8'):
    """'name <address>' for a (name, address) pair: the name quoted when it holds
    specials, or made an encoded word in charset when it is not ASCII."""
    name, address = pair
    address.encode('ascii')
    if not name:
        return address
    try:
        name.encode('ascii')
    except UnicodeEncodeError:
        from email.charset import Charset
        if isinstance(charset, str):
            charset = Charset(charset)
        return '%s <%s>' % (charset.header_encode(name), address)
    if _NEEDS_QUOTES.search(name):
        name = '"%s"' % _TO_ESCAPE.sub(r'\\\g<0>', name)
    return '%s <%s>' % (name, address)


def quote(str):
    """str with backslashes and double quotes escaped by a backslash."""
    return str.replace('\\', '\\\\').replace('"', '\\"')


def unquote(str):
    """str without its surrounding double quotes (unescaping inside) or angle brackets."""
    if len(str) > 1:
        if str[0] == '"' == str[-1]:
            return str[1:-1].replace('\\\\', '\\').replace('\\"', '"')
        if str[0] == '<' and str[-1] == '>':
            return str[1:-1]
    return str


# ---- dates

_DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
_MONTH_NUMBER = {name.lower(): number for number, name in enumerate(_MONTHS, 1)}
_MONTH_NUMBER.update((name, number) for number, name in enumerate(
    ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
     'october', 'november', 'december'], 1))
# Zone names an RFC 822 date may carry, as +hhmm numbers.
_ZONES = {'UT': 0, 'UTC': 0, 'GMT': 0, 'Z': 0, 'AST': -400, 'ADT': -300, 'EST': -500,
          'EDT': -400, 'CST': -600, 'CDT': -500, 'MST': -700, 'MDT': -600, 'PST': -800,
          'PDT': -700}


def _date_fields(text):
    """[year, month, day, hour, minute, second, 0, 1, -1, offset seconds or None] of an
    RFC 2822 date, read as leniently as CPython reads it; None when it cannot be read."""
    if not text:
        return None
    words = text.split()
    if not words:
        return None
    first = words[0]
    if first.endswith(',') or first.lower() in ('mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'):
        words.pop(0)
    else:
        words[0] = first[first.rfind(',') + 1:]
    if len(words) == 3:
        dashed = words[0].split('-')
        if len(dashed) == 3:
            words = dashed + words[1:]
    if len(words) == 4:
        last = words[3]
        sign = last.find('+')
        if sign < 0:
            sign = last.find('-')
        words[3:] = [last[:sign], last[sign:]] if sign > 0 else [last, '']
    if len(words) < 5:
        return None
    day, month, year, clock, zone = words[:5]
    if not (day and month and year):
        return None
    if month.lower() not in _MONTH_NUMBER:
        day, month = month, day
        if month.lower() not in _MONTH_NUMBER:
            return None
    month = _MONTH_NUMBER[month.lower()]
    day = day[:-1] if day.endswith(',') else day
    if year.find(':') > 0:
        year, clock = clock, year
    if year.endswith(','):
        year = year[:-1]
        if not year:
            return None
    if not year[0].isdigit():
        year, zone = zone, year
    if clock.endswith(','):
        clock = clock[:-1]
    parts = clock.split(':')
    if len(parts) == 1 and '.' in parts[0]:
        parts = parts[0].split('.')
        if len(parts) not in (2, 3):
            return None
    elif len(parts) not in (2, 3):
        return None
    if len(parts) == 2:
        parts.append('0')
    try:
        year, day = int(year), int(day)
        hour, minute, second = (int(part) for part in parts)
    except ValueError:
        return None
    if year < 100:
        year += 1900 if year > 68 else 2000
    zone = zone.upper()
    offset = _ZONES.get(zone)
    if offset is None:
        try:
            offset = int(zone)
        except ValueError:
            offset = None
        if offset == 0 and zone.startswith('-'):
            offset = None
    if offset:
        magnitude = abs(offset)
        seconds = (magnitude // 100) * 3600 + (magnitude % 100) * 60
        offset = seconds if offset > 0 else -seconds
    return [year, month, day, hour, minute, second, 0, 1, -1, offset]


def parsedate_tz(data):
    """The 10-tuple of an RFC 2822 date (its last item the zone offset in seconds, 0 when
    the date names none); None when the text is not a date."""
    fields = _date_fields(data)
    if not fields:
        return None
    if fields[9] is None:
        fields[9] = 0
    return tuple(fields)


def parsedate(data):
    """The first 9 items of parsedate_tz(data) (a time.struct_time-like tuple), or None."""
    fields = parsedate_tz(data)
    return fields[:9] if isinstance(fields, tuple) else fields


def mktime_tz(data):
    """The POSIX timestamp of a parsedate_tz() tuple (local time when it has no zone)."""
    if data[9] is None:
        return time.mktime(data[:8] + (-1,))
    import calendar
    return calendar.timegm(data) - data[9]


def parsedate_to_datetime(data):
    """The datetime of an RFC 2822 date: aware, or naive for the zone -0000."""
    fields = _date_fields(data)
    if fields is None:
        raise ValueError('Invalid date value or format "%s"' % str(data))
    offset = fields[9]
    if offset is None:
        return datetime.datetime(*fields[:6])
    zone = datetime.timezone(datetime.timedelta(seconds=offset))
    return datetime.datetime(*fields[:6], tzinfo=zone)


def format_datetime(dt, usegmt=False):
    """dt as an RFC 2822 date; a naive dt gets the zone -0000, usegmt writes GMT (dt must
    then be in UTC)."""
    if usegmt:
        if dt.tzinfo is None or dt.tzinfo != datetime.timezone.utc:
            raise ValueError('usegmt option requires a UTC datetime')
        zone = 'GMT'
    elif dt.tzinfo is None:
        zone = '-0000'
    else:
        zone = dt.strftime('%z')
    return '%s, %02d %s %04d %02d:%02d:%02d %s' % (
        _DAYS[dt.weekday()], dt.day, _MONTHS[dt.month - 1], dt.year, dt.hour, dt.minute,
        dt.second, zone)


def formatdate(timeval=None, localtime=False, usegmt=False):
    """The RFC 2822 date of a timestamp (now by default): in UTC as -0000, as GMT with
    usegmt, or in the local zone with localtime."""
    if timeval is None:
        timeval = time.time()
    moment = datetime.datetime.fromtimestamp(timeval, datetime.timezone.utc)
    if localtime:
        return format_datetime(moment.astimezone())
    if not usegmt:
        moment = moment.replace(tzinfo=None)
    return format_datetime(moment, usegmt)


def localtime(dt=None, isdst=-1):
    """dt (now by default) as an aware datetime in the local zone."""
    if dt is None:
        return datetime.datetime.now(datetime.timezone.utc).astimezone()
    if dt.tzinfo is not None:
        return dt.astimezone()
    return dt.astimezone()


def make_msgid(idstring=None, domain=None):
    """A fresh Message-ID '<time.pid.random[.idstring]@domain>'. closured has no process
    id to show, so that field is 0; the domain defaults to the host name, 'localhost'."""
    stamp = int(time.time() * 100)
    suffix = '' if idstring is None else '.' + idstring
    if domain is None:
        domain = 'localhost'
    return '<%d.%d.%d%s@%s>' % (stamp, 0, random.getrandbits(64), suffix, domain)


# ---- RFC 2231 parameters

def decode_rfc2231(s):
    """[charset, language, text] of "charset'language'text", or (None, None, s)."""
    parts = s.split(TICK, 2)
    if len(parts) <= 2:
        return None, None, s
    return parts


def encode_rfc2231(s, charset=None, language=None):
    """s percent-encoded in charset, prefixed "charset'language'" when either is given."""
    s = urllib.parse.quote(s, safe='', encoding=charset or 'ascii')
    if charset is None and language is None:
        return s
    return "%s'%s'%s" % (charset, language or '', s)


_CONTINUATION = re.compile(r'^(?P<name>\w+)\*((?P<num>[0-9]+)\*?)?$', re.ASCII)


def decode_params(params):
    """params (a list of (name, value), the first being the value itself) with RFC 2231
    continuations joined and encoded values made (charset, language, text) triples."""
    result = [params[0]]
    pieces = {}
    for name, value in params[1:]:
        starred = name.endswith('*')
        value = unquote(value)
        match = _CONTINUATION.match(name)
        if not match:
            result.append((name, '"%s"' % quote(value)))
            continue
        base, number = match.group('name', 'num')
        pieces.setdefault(base, []).append((int(number or 0), value, starred))
    for name, parts in pieces.items():
        parts.sort(key=lambda part: part[0])
        encoded = any(starred for _, _, starred in parts)
        text = quote(EMPTYSTRING.join(urllib.parse.unquote(value, encoding='latin-1')
                                      if starred else value for _, value, starred in parts))
        if encoded:
            charset, language, text = decode_rfc2231(text)
            result.append((name, (charset, language, '"%s"' % text)))
        else:
            result.append((name, '"%s"' % text))
    return result


def collapse_rfc2231_value(value, errors='replace', fallback_charset='us-ascii'):
    """A parameter value as str: an RFC 2231 triple decoded with its charset, anything
    else unquoted."""
    if not isinstance(value, tuple) or len(value) != 3:
        return unquote(value)
    charset, language, text = value
    raw = text.encode('latin-1', 'backslashreplace')
    try:
        return str(raw, charset or fallback_charset, errors)
    except LookupError:
        return unquote(text)
