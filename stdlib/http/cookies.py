"""http.cookies for closured: SimpleCookie and BaseCookie (a dict of Morsels) read
Cookie/Set-Cookie header text leniently as CPython does and write Set-Cookie lines;
Morsel holds one cookie's value and its attributes (expires, path, domain, max-age,
secure, httponly, samesite, ...)."""

import re
import string
import time

__all__ = ['CookieError', 'BaseCookie', 'SimpleCookie']


class CookieError(Exception):
    pass


# Characters a cookie name or value may hold without quotes.
_LegalChars = string.ascii_letters + string.digits + "!#$%&'*+-.^_`|~:"
_UnescapedChars = _LegalChars + ' ()/<=>?@[]{}'
_is_legal_key = re.compile('[%s]+' % re.escape(_LegalChars)).fullmatch

_ESCAPES = {code: '\\%03o' % code for code in range(256) if chr(code) not in _UnescapedChars}
_ESCAPES[ord('"')] = '\\"'
_ESCAPES[ord('\\')] = '\\\\'
_ESCAPED = re.compile(r'\\(?:([0-3][0-7][0-7])|(.))')


def _quote(text):
    """text as a cookie value: as it is when legal, else in quotes with escapes."""
    if text is None or _is_legal_key(text):
        return text
    return '"' + text.translate(_ESCAPES) + '"'


def _unquote(text):
    """A quoted cookie value back to its text (octal and backslash escapes undone)."""
    if text is None or len(text) < 2 or text[0] != '"' or text[-1] != '"':
        return text

    def undo(match):
        return chr(int(match.group(1), 8)) if match.group(1) else match.group(2)
    return _ESCAPED.sub(undo, text[1:-1])


_DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
_MONTHS = [None, 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov',
           'Dec']


def _getdate(future=0, weekdayname=_DAYS, monthname=_MONTHS):
    """The HTTP date `future` seconds from now."""
    moment = time.gmtime(time.time() + future)
    return '%s, %02d %3s %4d %02d:%02d:%02d GMT' % (
        weekdayname[moment.tm_wday], moment.tm_mday, monthname[moment.tm_mon],
        moment.tm_year, moment.tm_hour, moment.tm_min, moment.tm_sec)


class Morsel(dict):
    """One cookie: key, value, coded_value and its attributes as dict items."""

    _reserved = {'expires': 'expires', 'path': 'Path', 'comment': 'Comment',
                 'domain': 'Domain', 'max-age': 'Max-Age', 'secure': 'Secure',
                 'httponly': 'HttpOnly', 'version': 'Version', 'samesite': 'SameSite'}
    _flags = {'secure', 'httponly'}

    def __init__(self):
        self._key = self._value = self._coded_value = None
        for name in self._reserved:
            dict.__setitem__(self, name, '')

    key = property(lambda self: self._key, doc="The cookie's name.")
    value = property(lambda self: self._value, doc="The cookie's value.")
    coded_value = property(lambda self: self._coded_value,
                           doc='The value as written in a header.')

    def __setitem__(self, K, V):
        name = K.lower()
        if name not in self._reserved:
            raise CookieError('Invalid attribute %r' % (K,))
        dict.__setitem__(self, name, V)

    def setdefault(self, key, val=None):
        name = key.lower()
        if name not in self._reserved:
            raise CookieError('Invalid attribute %r' % (key,))
        return dict.setdefault(self, name, val)

    def __eq__(self, morsel):
        if not isinstance(morsel, Morsel):
            return NotImplemented
        return dict.__eq__(self, morsel) and \
            (self._key, self._value, self._coded_value) == \
            (morsel._key, morsel._value, morsel._coded_value)

    __ne__ = object.__ne__

    def copy(self):
        twin = Morsel()
        dict.update(twin, self)
        twin.__dict__.update(self.__dict__)
        return twin

    def update(self, values):
        checked = {}
        for name, value in dict(values).items():
            if name.lower() not in self._reserved:
                raise CookieError('Invalid attribute %r' % (name,))
            checked[name.lower()] = value
        dict.update(self, checked)

    def set(self, key, val, coded_val):
        """Name the cookie key, with value val written as coded_val."""
        if self.isReservedKey(key):
            raise CookieError('Attempt to set a reserved key %r' % (key,))
        if not _is_legal_key(key):
            raise CookieError('Illegal key %r' % (key,))
        self._key, self._value, self._coded_value = key, val, coded_val

    def isReservedKey(self, K):
        return K.lower() in self._reserved

    def __getstate__(self):
        return {'key': self._key, 'value': self._value, 'coded_value': self._coded_value}

    def __setstate__(self, state):
        self._key = state['key']
        self._value = state['value']
        self._coded_value = state['coded_value']

    def output(self, attrs=None, header='Set-Cookie:'):
        return '%s %s' % (header, self.OutputString(attrs))

    __str__ = output

    def __repr__(self):
        return '<%s: %s>' % (type(self).__name__, self.OutputString())

    def js_output(self, attrs=None):
        text = self.OutputString(attrs).replace('"', r'\"')
        return '''
        <script type="text/javascript">
        <!-- begin hiding
        document.cookie = "%s";
        // end hiding -->
        </script>
        ''' % (text,)

    def _attribute(self, name, value):
        """The text of one attribute in a Set-Cookie line ('' to leave it out)."""
        label = self._reserved[name]
        if name in self._flags:
            return str(label) if value else ''
        if name == 'expires' and isinstance(value, int):
            return '%s=%s' % (label, _getdate(value))
        if name == 'max-age' and isinstance(value, int):
            return '%s=%d' % (label, value)
        if name == 'comment' and isinstance(value, str):
            return '%s=%s' % (label, _quote(value))
        return '%s=%s' % (label, value)

    def OutputString(self, attrs=None):
        """'key=value; Attr=...' with the attributes set, in name order."""
        wanted = self._reserved if attrs is None else attrs
        pieces = ['%s=%s' % (self.key, self.coded_value)]
        for name, value in sorted(self.items()):
            if value != '' and name in wanted:
                text = self._attribute(name, value)
                if text:
                    pieces.append(text)
        return '; '.join(pieces)


_KEY_CHARS = r"\w\d!#%&'~_`><@,:/\$\*\+\-\.\^\|\)\(\?\}\{\="
_VALUE_CHARS = _KEY_CHARS + r'\[\]'
# name, then optionally '=' and a value: a quoted string, an expires date with its
# comma, or a run of value characters; then blanks and a ';', more blanks or the end.
_CookiePattern = re.compile(
    r'\s*(?P<key>[' + _KEY_CHARS + r']+?)(\s*=\s*(?P<val>"(?:[^\\"]|\\.)*"|'
    r'\w{3},\s[\w\d\s-]{9,11}\s[\d:]{8}\sGMT|[' + _VALUE_CHARS + r']*))?\s*(\s+|;|$)',
    re.ASCII)


class BaseCookie(dict):
    """Cookies by name; value_decode/value_encode say how values are stored."""

    def value_decode(self, val):
        return val, val

    def value_encode(self, val):
        text = str(val)
        return text, text

    def __init__(self, input=None):
        if input:
            self.load(input)

    def _store(self, key, real_value, coded_value):
        morsel = self.get(key, Morsel())
        morsel.set(key, real_value, coded_value)
        dict.__setitem__(self, key, morsel)

    def __setitem__(self, key, value):
        if isinstance(value, Morsel):
            dict.__setitem__(self, key, value)
        else:
            self._store(key, *self.value_encode(value))

    def output(self, attrs=None, header='Set-Cookie:', sep='\015\012'):
        """One Set-Cookie line per cookie, in name order."""
        return sep.join(morsel.output(attrs, header) for _, morsel in sorted(self.items()))

    __str__ = output

    def __repr__(self):
        shown = ' '.join('%s=%s' % (key, repr(morsel.value))
                         for key, morsel in sorted(self.items()))
        return '<%s: %s>' % (type(self).__name__, shown)

    def js_output(self, attrs=None):
        return ''.join(morsel.js_output(attrs) for _, morsel in sorted(self.items()))

    def load(self, rawdata):
        """Read cookies from header text, or from a dict of name -> value."""
        if isinstance(rawdata, str):
            self._parse(rawdata)
        else:
            for key, value in rawdata.items():
                self[key] = value

    def _parse(self, text):
        """Read 'name=value; Attr=...' text. Attributes before the first cookie are
        ignored ('$Attr') or end the reading (known names); a bare word that is no
        flag ends it too, and then nothing read is kept."""
        found = []
        at = 0
        seen_cookie = False
        while 0 <= at < len(text):
            match = _CookiePattern.match(text, at)
            if not match:
                break
            key, value = match.group('key'), match.group('val')
            at = match.end(0)
            if key[0] == '$':
                if seen_cookie:
                    found.append((False, key[1:], value))
            elif key.lower() in Morsel._reserved:
                if not seen_cookie:
                    return
                if value is not None:
                    found.append((False, key, _unquote(value)))
                elif key.lower() in Morsel._flags:
                    found.append((False, key, True))
                else:
                    return
            elif value is not None:
                found.append((True, key, self.value_decode(value)))
                seen_cookie = True
            else:
                return
        morsel = None
        for is_cookie, key, value in found:
            if is_cookie:
                self._store(key, *value)
                morsel = self[key]
            else:
                morsel[key] = value


class SimpleCookie(BaseCookie):
    """Cookies whose values are str, quoted when they need it."""

    def value_decode(self, val):
        return _unquote(val), val

    def value_encode(self, val):
        text = str(val)
        return text, _quote(text)
