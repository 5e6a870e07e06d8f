"""re: regular expressions with CPython 3.11's syntax and API.

The engine is native (_re: the parser, the compiler to a program and the
backtracking matcher live in runtime/re_*.c); this module holds what Python
code sees of it: the flags, re.error, the Pattern and Match classes, the
cache of compiled patterns and the replacement templates of sub() and
Match.expand(). docs/re.md lists what is supported and what is not.
"""

import enum
import _re

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer",
    "compile", "purge", "escape", "error", "Pattern", "Match", "A", "I", "L", "M",
    "S", "X", "U", "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]


class RegexFlag(enum.IntFlag):
    NOFLAG = 0
    ASCII = A = 256
    IGNORECASE = I = 2
    LOCALE = L = 4
    UNICODE = U = 32
    MULTILINE = M = 8
    DOTALL = S = 16
    VERBOSE = X = 64
    TEMPLATE = T = 1
    DEBUG = 128

    def __repr__(self):
        value = int(self)
        if not value:
            return "re.NOFLAG"
        names = []
        for flag in _FLAG_ORDER:
            if value & flag[1]:
                names.append("re." + flag[0])
                value &= ~flag[1]
        if value:
            names.append(hex(value))
        return "|".join(names)

    __str__ = __repr__


_FLAG_ORDER = [("ASCII", 256), ("IGNORECASE", 2), ("LOCALE", 4), ("UNICODE", 32),
               ("MULTILINE", 8), ("DOTALL", 16), ("VERBOSE", 64), ("TEMPLATE", 1),
               ("DEBUG", 128)]

NOFLAG = RegexFlag.NOFLAG
A = ASCII = RegexFlag.ASCII
I = IGNORECASE = RegexFlag.IGNORECASE
L = LOCALE = RegexFlag.LOCALE
U = UNICODE = RegexFlag.UNICODE
M = MULTILINE = RegexFlag.MULTILINE
S = DOTALL = RegexFlag.DOTALL
X = VERBOSE = RegexFlag.VERBOSE
T = TEMPLATE = RegexFlag.TEMPLATE
DEBUG = RegexFlag.DEBUG


class error(Exception):
    """A pattern or a replacement template that is not valid: msg, and the
    pattern and the position where it went wrong (None when unknown)."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        self.lineno = None
        self.colno = None
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            newline = "\n" if isinstance(pattern, str) else b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        Exception.__init__(self, msg)


_MAXSIZE = 9223372036854775807


def _check_subject(pattern, string):
    """The subject the matcher reads: string itself, or a memoryview's bytes
    (so a match on a view reports bytes, as CPython's groups are)."""
    if isinstance(pattern._pattern, str):
        if not isinstance(string, str):
            if isinstance(string, (bytes, bytearray, memoryview)):
                raise TypeError("cannot use a string pattern on a bytes-like object")
            raise TypeError("expected string or bytes-like object, got %r" % type(string).__name__)
    else:
        if isinstance(string, memoryview):
            return string.tobytes()
        if not isinstance(string, (bytes, bytearray)):
            if isinstance(string, str):
                raise TypeError("cannot use a bytes pattern on a string-like object")
            raise TypeError("expected string or bytes-like object, got %r" % type(string).__name__)
    return string


def _bound(n, length):
    if n < 0:
        return 0
    if n > length:
        return length
    return n


class Pattern:
    """A compiled regular expression (re.compile's result)."""

    def __init__(self, pattern, flags, matcher, groups, groupindex):
        self._pattern = pattern
        self._flags = flags
        self._matcher = matcher
        self._groups = groups
        self._groupindex = groupindex
        names = {}
        for name in groupindex:
            names[groupindex[name]] = name
        self._names = names

    @property
    def pattern(self):
        return self._pattern

    @property
    def flags(self):
        return self._flags

    @property
    def groups(self):
        return self._groups

    @property
    def groupindex(self):
        return _mappingproxy(dict(self._groupindex))

    def _run(self, string, pos, endpos, mode):
        string = _check_subject(self, string)
        found = self._matcher(string, pos, endpos, mode, 0)
        if found is None:
            return None
        n = len(string)
        return Match(self, string, _bound(pos, n), _bound(endpos, n), found)

    def match(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, 0)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, 1)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, 2)

    def _scan(self, string, pos, endpos, limit):
        string = _check_subject(self, string)
        return self._matcher(string, pos, endpos, 3, limit)

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        string = _check_subject(self, string)
        # the matcher makes the Match objects itself
        return iter(self._matcher(string, pos, endpos, 7, 0, Match, self))

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        string = _check_subject(self, string)
        return self._matcher(string, pos, endpos, 4, 0)

    def split(self, string, maxsplit=0):
        string = _check_subject(self, string)
        if maxsplit < 0:
            return [string]
        return self._matcher(string, 0, _MAXSIZE, 5, maxsplit)

    def _subx(self, repl, string, count):
        if isinstance(string, memoryview) and not isinstance(self._pattern, str):
            string = string.tobytes()
        if count < 0:
            string = _check_subject(self, string)
            return string, 0
        if callable(repl):
            # the matcher calls repl with each Match and joins the results
            string = _check_subject(self, string)
            return self._matcher(string, 0, _MAXSIZE, 8, count, Match, self, repl)
        template = _template(self, repl)
        if _template_fits(template, string):
            # the matcher expands the template into the result itself
            string = _check_subject(self, string)
            return self._matcher(string, 0, _MAXSIZE, 6, count, tuple(template))
        found_all = self._scan(string, 0, _MAXSIZE, count)
        # the pieces CPython joins (a replacement of the wrong type fails in the
        # join, with its message): the text between matches when there is some,
        # and each replacement that is not None
        pieces = []
        last = 0
        n = len(string)
        for found in found_all:
            if last < found[0]:
                pieces.append(_slice(string, last, found[0]))
            piece = _expand(template, string, found)
            if piece is not None:
                pieces.append(piece)
            last = found[1]
        if last < n:
            pieces.append(_slice(string, last, n))
        return _empty(string).join(pieces), len(found_all)

    def sub(self, repl, string, count=0):
        return self._subx(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        return self._subx(repl, string, count)

    def __repr__(self):
        flags = self._flags
        if isinstance(self._pattern, str) and flags & (LOCALE | UNICODE | ASCII) == UNICODE:
            flags &= ~UNICODE
        text = repr(self._pattern)
        if len(text) > 200:
            text = text[:200]
        if flags:
            return "re.compile(%s, %s)" % (text, repr(RegexFlag(flags)))
        return "re.compile(%s)" % text

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self._flags == other._flags and self._pattern == other._pattern and \
            type(self._pattern) is type(other._pattern)

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    def __hash__(self):
        return hash((self._pattern, self._flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


def _mappingproxy(d):
    try:
        import types
        return types.MappingProxyType(d)
    except Exception:
        return d


class Match:
    """The result of a successful match: the groups' spans in `string`. The
    matcher fills the slots of those it makes itself (finditer, sub with a
    function), in this order."""

    __slots__ = ("_re", "_string", "_pos", "_endpos", "_found")

    def __init__(self, pattern, string, pos, endpos, found):
        self._re = pattern
        self._string = string
        self._pos = pos
        self._endpos = endpos
        self._found = found

    @property
    def string(self):
        return self._string

    @property
    def re(self):
        return self._re

    @property
    def pos(self):
        return self._pos

    @property
    def endpos(self):
        return self._endpos

    @property
    def lastindex(self):
        i = self._found[-1]
        return None if i < 0 else i

    @property
    def lastgroup(self):
        i = self._found[-1]
        if i < 0:
            return None
        return self._re._names.get(i)

    @property
    def regs(self):
        f = self._found
        return tuple([(f[2 * g], f[2 * g + 1]) for g in range(self._re._groups + 1)])

    def _index(self, g):
        if isinstance(g, int):
            if 0 <= g <= self._re._groups:
                return int(g)
            raise IndexError("no such group")
        if isinstance(g, str):
            i = self._re._groupindex.get(g)
            if i is not None:
                return i
            raise IndexError("no such group")
        if hasattr(type(g), "__index__"):
            return self._index(g.__index__())
        raise IndexError("no such group")

    def _get(self, i, default=None):
        s = self._found[2 * i]
        if s < 0:
            return default
        return _slice(self._string, s, self._found[2 * i + 1])

    def group(self, *args):
        if len(args) < 2:
            g = args[0] if args else 0
            f = self._found
            if type(g) is int and 0 <= g and 2 * g + 2 < len(f):
                # the common case inline: a group number in range
                s = f[2 * g]
                if s < 0:
                    return None
                string = self._string
                if type(string) is bytearray:
                    return bytes(string[s:f[2 * g + 1]])
                return string[s:f[2 * g + 1]]
            return self._get(self._index(g))
        return tuple([self._get(self._index(g)) for g in args])

    def __getitem__(self, g):
        return self._get(self._index(g))

    def groups(self, default=None):
        return tuple([self._get(g, default) for g in range(1, self._re._groups + 1)])

    def groupdict(self, default=None):
        out = {}
        for name in self._re._groupindex:
            out[name] = self._get(self._re._groupindex[name], default)
        return out

    def start(self, group=0):
        return self._found[2 * self._index(group)]

    def end(self, group=0):
        return self._found[2 * self._index(group) + 1]

    def span(self, group=0):
        i = self._index(group)
        return (self._found[2 * i], self._found[2 * i + 1])

    def expand(self, template):
        return _expand(_template(self._re, template), self._string, self._found)

    def __repr__(self):
        return "<re.Match object; span=(%d, %d), match=%r>" % (
            self._found[0], self._found[1], self._get(0))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


# ---- replacement templates -----------------------------------------------------

_TEMPLATE_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t",
                     "v": "\v", "\\": "\\"}
_DIGITS = "0123456789"
_OCTDIGITS = "01234567"


def _template_error(msg, repl, pos):
    return error(msg, repl, pos)


def _is_ascii_number(text):
    for c in text:
        if c not in _DIGITS:
            return False
    return text != ""


def _parse_template(pattern, repl):
    """The replacement repl as a list of literal pieces (str or bytes) and
    group numbers (ints), with CPython's errors."""
    is_bytes = not isinstance(repl, str)
    text = repl.decode("latin-1") if is_bytes else repl
    items = []
    literal = []
    groupindex = pattern._groupindex
    ngroups = pattern._groups
    n = len(text)
    i = 0

    def add_group(index, where):
        if index > ngroups:
            raise _template_error("invalid group reference %d" % index, repl, where)
        if literal:
            items.append("".join(literal))
            del literal[:]
        items.append(index)

    while i < n:
        c = text[i]
        if c != "\\":
            literal.append(c)
            i += 1
            continue
        if i + 1 >= n:
            raise _template_error("bad escape (end of pattern)", repl, n - 1)
        start = i
        c = text[i + 1]
        i += 2
        if c == "g":
            if i >= n or text[i] != "<":
                raise _template_error("missing <", repl, i)
            i += 1
            close = text.find(">", i)
            if close < 0:
                if i >= n:
                    raise _template_error("missing group name", repl, i)
                raise _template_error("missing >, unterminated name", repl, i)
            name = text[i:close]
            if not name:
                raise _template_error("missing group name", repl, i)
            i = close + 1
            if name.isidentifier():
                if name not in groupindex:
                    raise IndexError("unknown group name %r" % name)
                index = groupindex[name]
            else:
                if not _is_ascii_number(name):
                    raise _template_error("bad character in group name %r" % name, repl,
                                          close - len(name))
                index = int(name)
                if index >= 1073741823:
                    raise _template_error("invalid group reference %d" % index, repl,
                                          close - len(name))
            add_group(index, close - len(name))
        elif c == "0":
            j = i
            while j < n and j < i + 2 and text[j] in _OCTDIGITS:
                j += 1
            literal.append(chr(int(text[i - 1:j], 8) & 0xFF))
            i = j
        elif c in _DIGITS:
            if i < n and text[i] in _DIGITS:
                if (c in _OCTDIGITS and text[i] in _OCTDIGITS and i + 1 < n and
                        text[i + 1] in _OCTDIGITS):
                    value = int(text[i - 1:i + 2], 8)
                    if value > 0o377:
                        raise _template_error("octal escape value %s outside of range 0-0o377"
                                              % text[start:i + 2], repl, start)
                    literal.append(chr(value))
                    i += 2
                    continue
                i += 1
            add_group(int(text[start + 1:i]), start + 1)
        elif c in _TEMPLATE_ESCAPES:
            literal.append(_TEMPLATE_ESCAPES[c])
        elif ("a" <= c <= "z") or ("A" <= c <= "Z"):
            raise _template_error("bad escape \\%s" % c, repl, start)
        else:
            literal.append("\\" + c)
    if literal:
        items.append("".join(literal))
    if is_bytes:
        items = [x if isinstance(x, int) else x.encode("latin-1") for x in items]
    return items


_template_cache = {}


def _template(pattern, repl):
    if not isinstance(repl, (str, bytes, bytearray)):
        hash(repl)  # CPython looks the template up in a cache first
        raise TypeError("decoding to str: need a bytes-like object, %s found" % type(repl).__name__)
    key = (pattern, type(repl), bytes(repl) if isinstance(repl, bytearray) else repl)
    items = _template_cache.get(key)
    if items is None:
        if isinstance(repl, str) and "\\" not in repl:
            items = [repl] if repl else []
        else:
            items = _parse_template(pattern, repl)
            if not items:
                items = []
        if len(_template_cache) >= 512:
            _template_cache.clear()
        _template_cache[key] = items
    if not items:
        return [repl[:0]]
    return items


def _template_fits(items, string):
    """Whether every literal piece of a template has the subject's kind (str
    or bytes-like), so that the matcher may expand it; otherwise the join
    in _subx raises CPython's TypeError when something matched."""
    want = str if isinstance(string, str) else (bytes, bytearray)
    for x in items:
        if not isinstance(x, int) and not isinstance(x, want):
            return False
    return True


def _expand(items, string, found):
    out = []
    for x in items:
        if isinstance(x, int):
            s = found[2 * x]
            if s >= 0:
                out.append(_slice(string, s, found[2 * x + 1]))
        else:
            out.append(x)
    return _empty(string).join(out)


def _slice(string, start, end):
    if isinstance(string, bytearray):
        return bytes(string[start:end])
    return string[start:end]


def _empty(string):
    if isinstance(string, bytearray):
        return b""
    return string[:0]


# ---- the module functions -------------------------------------------------------

_cache = {}
_MAXCACHE = 512


def _fix_flags(pattern, flags):
    if isinstance(pattern, str):
        if flags & LOCALE:
            raise ValueError("cannot use LOCALE flag with a str pattern")
        if not flags & ASCII:
            flags |= UNICODE
        elif flags & UNICODE:
            raise ValueError("ASCII and UNICODE flags are incompatible")
    else:
        if flags & UNICODE:
            raise ValueError("cannot use UNICODE flag with a bytes pattern")
        if flags & LOCALE and flags & ASCII:
            raise ValueError("ASCII and LOCALE flags are incompatible")
    return flags


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = flags.value
    key = (type(pattern), pattern, flags)
    p = _cache.get(key)
    if p is not None:
        return p
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    got = _re.compile(pattern, flags)
    if len(got) == 2:
        # an error found by the compiler (a look-behind's width) names no position
        raise error(got[0], None if got[1] is None else pattern, got[1])
    final = int(_fix_flags(pattern, got[3]))
    p = Pattern(pattern, final, got[0], got[1], got[2])
    if len(_cache) >= _MAXCACHE:
        # drop the oldest entry (dicts keep insertion order)
        for k in _cache:
            del _cache[k]
            break
    _cache[key] = p
    return p


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    "Try to apply the pattern at the start of the string."
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    "Try to apply the pattern to all of the string."
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    "Scan through string looking for a match to the pattern."
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    "Replace the leftmost non-overlapping occurrences of the pattern by repl."
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    "Like sub(), returning (new_string, number_of_subs_made)."
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    "Split the string by the occurrences of the pattern."
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    "Return a list of all non-overlapping matches in the string."
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    "Return an iterator over all non-overlapping matches in the string."
    return _compile(pattern, flags).finditer(string)


def purge():
    "Clear the regular expression caches."
    _cache.clear()
    _template_cache.clear()


_SPECIAL = "()[]{}?*+-|^$\\.&~# \t\n\r\v\f"


def escape(pattern):
    "Escape the special characters in pattern."
    if isinstance(pattern, str):
        out = []
        for c in pattern:
            if c in _SPECIAL:
                out.append("\\")
            out.append(c)
        return "".join(out)
    text = str(pattern, "latin1")
    return escape(text).encode("latin1")



class Scanner:
    """A lexer over a list of (pattern, action) phrases: scan() walks the string,
    taking at each position the first phrase that matches there, and collects what
    each action gives (a callable is called with the scanner and the text, None
    drops the text, any other action is kept as it is). It stops at the first
    position where no phrase matches or the match is empty, and answers the list
    and the rest of the string not scanned."""

    def __init__(self, lexicon, flags=0):
        self.lexicon = lexicon
        self._phrases = [(_compile(p, flags), action) for p, action in lexicon]
        # one pattern for all phrases, each in its own group, for callers that search
        # with it directly (its lastindex names the phrase when phrases hold no groups)
        self.scanner = _compile("|".join("(%s)" % p for p, _ in lexicon), flags)
        self.match = None

    def _first(self, string, pos):
        for pattern, action in self._phrases:
            m = pattern.match(string, pos)
            if m is not None:
                return m, action
        return None, None

    def scan(self, string):
        found = []
        pos = 0
        while True:
            m, action = self._first(string, pos)
            if m is None or m.end() == pos:
                break
            self.match = m
            if callable(action):
                action = action(self, m.group())
            if action is not None:
                found.append(action)
            pos = m.end()
        return found, string[pos:]
