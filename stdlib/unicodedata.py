"""unicodedata for closured: the Unicode Character Database (version
unidata_version, the build machine's) through the tables of the native
_unicodedata module: category, bidirectional, east_asian_width, mirrored,
combining, decomposition, decimal/digit/numeric, name/lookup, and the four
normalization forms (normalize, is_normalized) written here from the
standard's algorithms (canonical ordering, canonical composition, Hangul
syllables). Not provided: name aliases and named sequences in lookup(),
ucd_3_2_0 and the UCD class."""

import _unicodedata as _ud

__all__ = ['bidirectional', 'category', 'combining', 'decimal', 'decomposition', 'digit',
           'east_asian_width', 'is_normalized', 'lookup', 'mirrored', 'name', 'normalize',
           'numeric', 'unidata_version']

unidata_version = _ud.unidata_version

_NO_DEFAULT = object()


def _cp(func, chr_):
    """The code point of a one-character str, or CPython's TypeError."""
    if not isinstance(chr_, str) or len(chr_) != 1:
        raise TypeError('%s() argument must be a unicode character, not %s'
                        % (func, type(chr_).__name__))
    return ord(chr_)


def category(chr, /):
    """The general category ('Lu', 'Nd', 'Cn', ...)."""
    return _ud.category(_cp('category', chr))


def bidirectional(chr, /):
    """The bidirectional class ('L', 'AN', ...; '' when none is assigned)."""
    return _ud.bidirectional(_cp('bidirectional', chr))


def east_asian_width(chr, /):
    """The East Asian width ('W', 'F', 'Na', 'H', 'A' or 'N')."""
    return _ud.east_asian_width(_cp('east_asian_width', chr))


def mirrored(chr, /):
    """1 when the character is mirrored in bidirectional text, else 0."""
    return _ud.mirrored(_cp('mirrored', chr))


def combining(chr, /):
    """The canonical combining class (0 for starters)."""
    return _ud.combining(_cp('combining', chr))


def decomposition(chr, /):
    """The decomposition mapping as text ('<compat> 0020 0301'), '' when none."""
    return _ud.decomposition(_cp('decomposition', chr))


def numeric(chr, default=_NO_DEFAULT, /):
    """The numeric value as a float; `default`, else ValueError, when it has none."""
    v = _ud.numeric(_cp('numeric', chr))
    if v is None:
        if default is _NO_DEFAULT:
            raise ValueError('not a numeric character')
        return default
    return v[0] / v[1]


def digit(chr, default=_NO_DEFAULT, /):
    """The digit value as an int; `default`, else ValueError, when it has none."""
    cp = _cp('digit', chr)
    if _ud.digit_kind(cp) == 0:
        if default is _NO_DEFAULT:
            raise ValueError('not a digit')
        return default
    return _ud.numeric(cp)[0]


def decimal(chr, default=_NO_DEFAULT, /):
    """The decimal value as an int; `default`, else ValueError, when it has none."""
    cp = _cp('decimal', chr)
    if _ud.digit_kind(cp) != 2:
        if default is _NO_DEFAULT:
            raise ValueError('not a decimal')
        return default
    return _ud.numeric(cp)[0]


def name(chr, default=_NO_DEFAULT, /):
    """The character's name; `default`, else ValueError, when it has none."""
    n = _ud.name(_cp('name', chr))
    if n is None:
        if default is _NO_DEFAULT:
            raise ValueError('no such name')
        return default
    return n


def lookup(name, /):
    """The character of a name (any case); KeyError when no character has it."""
    if isinstance(name, (bytes, bytearray)):
        name = name.decode('latin-1')
    elif not isinstance(name, str):
        raise TypeError("a bytes-like object is required, not '%s'" % type(name).__name__)
    cp = _ud.lookup(name)
    if isinstance(cp, str):  # a named sequence
        return cp
    if cp < 0:
        raise KeyError("undefined character name '%s'" % name)
    return chr(cp)


# ---- normalization ----------------------------------------------------------

_S_BASE = 0xAC00
_L_BASE = 0x1100
_V_BASE = 0x1161
_T_BASE = 0x11A7
_L_COUNT = 19
_V_COUNT = 21
_T_COUNT = 28
_N_COUNT = _V_COUNT * _T_COUNT
_S_COUNT = _L_COUNT * _N_COUNT

_FORMS = ('NFC', 'NFD', 'NFKC', 'NFKD')
_decomposed = ({}, {})  # canonical, compatibility: code point -> tuple of code points


def _decompose_cp(cp, compat, out):
    """Appends the full decomposition of cp (canonical, or compatibility too)."""
    if _S_BASE <= cp < _S_BASE + _S_COUNT:
        s = cp - _S_BASE
        out.append(_L_BASE + s // _N_COUNT)
        out.append(_V_BASE + (s % _N_COUNT) // _T_COUNT)
        if s % _T_COUNT:
            out.append(_T_BASE + s % _T_COUNT)
        return
    cache = _decomposed[1 if compat else 0]
    done = cache.get(cp)
    if done is None:
        text = _ud.decomposition(cp)
        if not text or (text[0] == '<' and not compat):
            done = (cp,)
        else:
            parts = text.split(' ')
            if parts[0][0] == '<':
                parts = parts[1:]
            acc = []
            for p in parts:
                _decompose_cp(int(p, 16), compat, acc)
            done = tuple(acc)
        cache[cp] = done
    out.extend(done)


def _canonical_order(cps):
    """Sorts each run of non-starters by combining class, keeping equal classes in order."""
    n = len(cps)
    i = 0
    while i < n:
        if _ud.combining(cps[i]) == 0:
            i += 1
            continue
        j = i
        while j < n and _ud.combining(cps[j]) != 0:
            j += 1
        if j - i > 1:
            cps[i:j] = sorted(cps[i:j], key=_ud.combining)
        i = j
    return cps


def _compose(cps):
    """Canonical composition of a canonically ordered sequence (with Hangul)."""
    if not cps:
        return cps
    out = [cps[0]]
    starter = 0 if _ud.combining(cps[0]) == 0 else -1
    last_class = -1 if starter == 0 else 256
    for cp in cps[1:]:
        cls = _ud.combining(cp)
        if starter >= 0 and (last_class < cls or last_class == -1):
            first = out[starter]
            composite = -1
            if _L_BASE <= first < _L_BASE + _L_COUNT and _V_BASE <= cp < _V_BASE + _V_COUNT \
                    and last_class == -1:
                composite = _S_BASE + ((first - _L_BASE) * _V_COUNT + cp - _V_BASE) * _T_COUNT
            elif (_S_BASE <= first < _S_BASE + _S_COUNT and (first - _S_BASE) % _T_COUNT == 0
                  and _T_BASE < cp < _T_BASE + _T_COUNT and last_class == -1):
                composite = first + cp - _T_BASE
            else:
                composite = _ud.compose(first, cp)
            if composite >= 0:
                out[starter] = composite
                continue
        if cls == 0:
            starter = len(out)
            last_class = -1
        else:
            last_class = cls
        out.append(cp)
    return out


def normalize(form, unistr, /):
    """unistr in normalization form 'NFC', 'NFD', 'NFKC' or 'NFKD'."""
    if not isinstance(form, str):
        raise TypeError('normalize() argument 1 must be str, not %s' % type(form).__name__)
    if not isinstance(unistr, str):
        raise TypeError('normalize() argument 2 must be str, not %s' % type(unistr).__name__)
    if form not in _FORMS:
        raise ValueError('invalid normalization form')
    if unistr.isascii():
        return unistr
    compat = form in ('NFKC', 'NFKD')
    cps = []
    for ch in unistr:
        _decompose_cp(ord(ch), compat, cps)
    _canonical_order(cps)
    if form in ('NFC', 'NFKC'):
        cps = _compose(cps)
    return ''.join(map(chr, cps))


def is_normalized(form, unistr, /):
    """True when unistr is already in the normalization form."""
    if not isinstance(form, str):
        raise TypeError('is_normalized() argument 1 must be str, not %s'
                        % type(form).__name__)
    if not isinstance(unistr, str):
        raise TypeError('is_normalized() argument 2 must be str, not %s'
                        % type(unistr).__name__)
    return normalize(form, unistr) == unistr
