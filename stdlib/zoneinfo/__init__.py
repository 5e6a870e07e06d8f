"""zoneinfo for closured: there is no time-zone database in the sandbox
(TZPATH is empty and tzdata is not installed), so ZoneInfo knows only the
zones whose rules need none: UTC and its aliases (UCT, Zulu, Universal,
Etc/UTC, ...), GMT and its aliases (GMT0, Greenwich, Etc/GMT+0, ...), and the
fixed offsets Etc/GMT-14 .. Etc/GMT+12 (POSIX signs: Etc/GMT+5 is five hours
behind UTC). Any other key raises ZoneInfoNotFoundError, as CPython does for
a zone it cannot find; ZoneInfo.from_file would parse TZif data, which
closured does not, and raises NotImplementedError."""

import datetime as _datetime
import posixpath as _posixpath

__all__ = ['ZoneInfo', 'reset_tzpath', 'available_timezones', 'TZPATH',
           'ZoneInfoNotFoundError', 'InvalidTZPathWarning']

TZPATH = ()


class ZoneInfoNotFoundError(KeyError):
    """No zone with the requested key."""


class InvalidTZPathWarning(RuntimeWarning):
    """A TZPATH entry that is not an absolute path."""


def _known_zones():
    """key -> (offset in hours, abbreviation) for every zone closured can give."""
    zones = {}
    for name in ('UTC', 'UCT', 'Zulu', 'Universal'):
        zones[name] = zones['Etc/' + name] = (0, 'UTC')
    for name in ('GMT', 'GMT0', 'GMT+0', 'GMT-0', 'Greenwich'):
        zones[name] = zones['Etc/' + name] = (0, 'GMT')
    for hours in range(1, 15):
        zones['Etc/GMT-%d' % hours] = (hours, '+%02d' % hours)
        if hours <= 12:
            zones['Etc/GMT+%d' % hours] = (-hours, '-%02d' % hours)
    return zones


_ZONES = _known_zones()


def _check_key(key):
    if not isinstance(key, str):
        raise TypeError('expected str, bytes or os.PathLike object, not %s'
                        % (type(key).__name__,))
    if key.startswith('/'):
        raise ValueError('ZoneInfo keys may not be absolute paths, got: %s' % (key,))
    if _posixpath.normpath(key) != key:
        raise ValueError('ZoneInfo keys must be normalized relative paths, got: %s' % (key,))
    if key == '..' or key.startswith('../'):
        raise ValueError('ZoneInfo keys must refer to subdirectories of TZPATH, got: %s'
                         % (key,))


class ZoneInfo(_datetime.tzinfo):
    """A zone by its IANA key; instances are cached, so ZoneInfo(k) is ZoneInfo(k)."""

    _cache = {}

    def __new__(cls, key):
        found = cls._cache.get(key)
        if found is None:
            found = cls.no_cache(key)
            found._from_cache = True
            cls._cache[key] = found
        return found

    @classmethod
    def no_cache(cls, key):
        _check_key(key)
        rule = _ZONES.get(key)
        if rule is None:
            raise ZoneInfoNotFoundError('No time zone found with key %s' % (key,))
        zone = _datetime.tzinfo.__new__(cls)
        zone._key = key
        zone._offset = _datetime.timedelta(hours=rule[0])
        zone._abbreviation = rule[1]
        zone._from_cache = False
        return zone

    @classmethod
    def from_file(cls, fileobj, /, key=None):
        raise NotImplementedError('ZoneInfo.from_file: closured does not read TZif data')

    @classmethod
    def clear_cache(cls, *, only_keys=None):
        if only_keys is None:
            cls._cache.clear()
        else:
            for key in only_keys:
                cls._cache.pop(key, None)

    @property
    def key(self):
        return self._key

    def utcoffset(self, dt):
        return self._offset

    def dst(self, dt):
        return _datetime.timedelta(0)

    def tzname(self, dt):
        return self._abbreviation

    def fromutc(self, dt):
        if not isinstance(dt, _datetime.datetime):
            raise TypeError('fromutc: argument must be a datetime')
        if dt.tzinfo is not self:
            raise ValueError('fromutc: dt.tzinfo is not self')
        return dt + self._offset

    def __str__(self):
        return self._key

    def __repr__(self):
        return '%s(key=%r)' % (self.__class__.__module__ + '.' + self.__class__.__qualname__
                               if self.__class__.__module__ == 'zoneinfo'
                               else self.__class__.__qualname__, self._key)

    def __reduce__(self):
        # A module function rather than CPython's classmethod: closured's pickle
        # stores functions by name, not bound methods.
        return (_unpickle, (self._key, int(self._from_cache)))


ZoneInfo.__module__ = 'zoneinfo'


def _unpickle(key, from_cache):
    return ZoneInfo(key) if from_cache else ZoneInfo.no_cache(key)


def available_timezones():
    return set(_ZONES)


def reset_tzpath(to=None):
    global TZPATH
    if to is None:
        TZPATH = ()
        return
    if isinstance(to, (str, bytes)):
        raise TypeError("tzpaths must be a list or tuple, not %s: %r"
                        % (type(to), to))
    for entry in to:
        if not _posixpath.isabs(entry):
            raise ValueError('Relative paths are not allowed in TZPATH: %s' % (entry,))
    TZPATH = tuple(to)
