"""locale for closured: the C locale only, as CPython starts in an
environment without one (LC_CTYPE coerced to C.UTF-8, the other categories
"C"). setlocale() accepts the C locales and "" (which gives C.UTF-8) and
refuses any other with locale.Error; formatting uses "." and no grouping."""

__all__ = ['getlocale', 'getdefaultlocale', 'getpreferredencoding', 'Error', 'setlocale',
           'resetlocale', 'localeconv', 'strcoll', 'strxfrm', 'str', 'atof', 'atoi', 'format',
           'format_string', 'currency', 'normalize', 'LC_CTYPE', 'LC_COLLATE', 'LC_TIME',
           'LC_MONETARY', 'LC_NUMERIC', 'LC_ALL', 'LC_MESSAGES', 'CHAR_MAX', 'getencoding']

import builtins as _builtins

LC_CTYPE = 0
LC_NUMERIC = 1
LC_TIME = 2
LC_COLLATE = 3
LC_MONETARY = 4
LC_MESSAGES = 5
LC_ALL = 6
CHAR_MAX = 127
CODESET = 14

_NAMES = ['LC_CTYPE', 'LC_NUMERIC', 'LC_TIME', 'LC_COLLATE', 'LC_MONETARY', 'LC_MESSAGES',
          'LC_PAPER', 'LC_NAME', 'LC_ADDRESS', 'LC_TELEPHONE', 'LC_MEASUREMENT',
          'LC_IDENTIFICATION']
_ORDER = [0, 1, 2, 3, 4, 5]
_ACCEPTED = {'C': 'C', 'POSIX': 'C', 'C.UTF-8': 'C.UTF-8', 'C.utf8': 'C.UTF-8',
             'C.UTF8': 'C.UTF-8', '': 'C.UTF-8'}
# the value of each category, LC_ALL's parts beyond the six kept together
_current = {LC_CTYPE: 'C.UTF-8', LC_NUMERIC: 'C', LC_TIME: 'C', LC_COLLATE: 'C',
            LC_MONETARY: 'C', LC_MESSAGES: 'C', 'rest': 'C'}


class Error(Exception):
    pass


def _all_value():
    vals = [_current[c] for c in _ORDER] + [_current['rest']] * 6
    if len(set(vals)) == 1:
        return vals[0]
    return ';'.join('%s=%s' % (n, v) for n, v in zip(_NAMES, vals))


def setlocale(category, locale=None):
    """Queries (locale None) or sets the locale of a category."""
    if not isinstance(category, int) or category not in range(7):
        raise Error('invalid locale category')
    if locale is not None and not isinstance(locale, _builtins.str):
        locale = normalize(_build_localename(locale))
    if locale is None:
        return _all_value() if category == LC_ALL else _current[category]
    if locale not in _ACCEPTED:
        raise Error('unsupported locale setting')
    value = _ACCEPTED[locale]
    if category == LC_ALL:
        for c in _ORDER:
            _current[c] = value
        _current['rest'] = value
        return _all_value()
    _current[category] = value
    return value


def resetlocale(category=LC_ALL):
    setlocale(category, '')


def _build_localename(localetuple):
    language, encoding = localetuple
    if language is None:
        language = 'C'
    return language if encoding is None else language + '.' + encoding


def _parse(name):
    if name in ('C', 'POSIX'):
        return (None, None)
    if name.lower() in ('c.utf-8', 'c.utf8'):
        return ('en_US', 'UTF-8')
    code, _, enc = name.partition('.')
    return (code, enc or None)


def getlocale(category=LC_CTYPE):
    if category == LC_ALL:
        raise TypeError('category LC_ALL is not supported')
    return _parse(setlocale(category))


def getdefaultlocale(envvars=('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')):
    import warnings
    warnings.warn("'locale.getdefaultlocale' is deprecated and slated for removal in Python "
                  "3.15. Use setlocale(), getencoding() and getlocale() instead.",
                  DeprecationWarning, stacklevel=2)
    return ('en_US', 'UTF-8')


def getencoding():
    return 'UTF-8'


def getpreferredencoding(do_setlocale=True):
    return nl_langinfo(CODESET)


def nl_langinfo(key):
    if key == CODESET:
        return 'ANSI_X3.4-1968' if _current[LC_CTYPE] == 'C' else 'UTF-8'
    raise ValueError('unsupported langinfo constant')


def localeconv():
    """The C locale's conventions."""
    return {'int_curr_symbol': '', 'currency_symbol': '', 'mon_decimal_point': '',
            'mon_thousands_sep': '', 'mon_grouping': [], 'positive_sign': '',
            'negative_sign': '', 'int_frac_digits': CHAR_MAX, 'frac_digits': CHAR_MAX,
            'p_cs_precedes': CHAR_MAX, 'p_sep_by_space': CHAR_MAX,
            'n_cs_precedes': CHAR_MAX, 'n_sep_by_space': CHAR_MAX,
            'p_sign_posn': CHAR_MAX, 'n_sign_posn': CHAR_MAX, 'decimal_point': '.',
            'thousands_sep': '', 'grouping': []}


def strcoll(a, b):
    """Compares by code point, as the C locale collates."""
    return (a > b) - (a < b)


def strxfrm(s):
    return s


def format_string(f, val, grouping=False, monetary=False):
    """f % val: the C locale has no digit grouping and "." as the point."""
    return f % val


def format(percent, value, grouping=False, monetary=False, *additional):
    import warnings
    warnings.warn("This method will be removed in a future version of Python. Use "
                  "'locale.format_string()' instead.", DeprecationWarning, stacklevel=2)
    return format_string(percent, value, grouping, monetary)


def currency(val, symbol=True, grouping=False, international=False):
    raise ValueError("Currency formatting is not possible using the 'C' locale.")


def str(val):
    return format_string('%.12g', val)


def delocalize(string):
    return string


def localize(string, grouping=False, monetary=False):
    return string


def atof(string, func=float):
    return func(delocalize(string))


def atoi(string):
    return int(delocalize(string))


def normalize(localename):
    """The C locale's names in their canonical spelling; other names as given."""
    low = localename.lower()
    if low in ('c', 'posix'):
        return 'C'
    if low in ('c.utf8', 'c.utf-8'):
        return 'C.UTF-8'
    return localename
