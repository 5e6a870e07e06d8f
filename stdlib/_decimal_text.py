"""Text for closured's decimal module: parsing numeric strings and format
specifications, and laying out formatted numbers (sign, grouping, padding),
with CPython's rules for Decimal.__format__."""

def _parse(s):
    """(sign, coefficient, exponent) of a numeric string (surrounding white
    space allowed, underscores ignored), or None."""
    s = s.strip().replace('_', '')
    if not s:
        return None
    sign = 0
    if s[0] in '+-':
        sign = 1 if s[0] == '-' else 0
        s = s[1:]
    low = s.lower()
    if low in ('inf', 'infinity'):
        return sign, 0, 'F'
    for prefix, code in (('snan', 'N'), ('nan', 'n')):
        if low.startswith(prefix):
            payload = s[len(prefix):]
            if payload == '':
                return sign, 0, code
            if not payload.isdecimal():
                return None
            return sign, int(payload), code
    mant = s
    exp = 0
    i = low.find('e')
    if i >= 0:
        mant, e = s[:i], s[i + 1:]
        digits = e[1:] if e[:1] in ('+', '-') else e
        if not digits.isdecimal():  # (False for '' too)
            return None
        exp = int(e)
    intpart, _, frac = mant.partition('.')
    if not intpart and not frac:
        return None
    if not (intpart + frac).isdecimal():  # one of them is not empty
        return None
    return sign, int(intpart + frac or '0'), exp - len(frac)


def _parse_spec(spec):
    """The parts of a format specification, or ValueError('invalid format string')."""
    i = 0
    n = len(spec)
    fill = None
    align = None
    if n >= 2 and spec[1] in '<>=^':
        fill, align = spec[0], spec[1]
        i = 2
    elif n >= 1 and spec[0] in '<>=^':
        align = spec[0]
        i = 1
    sign = '-'
    if i < n and spec[i] in '+- ':
        sign = spec[i]
        i += 1
    no_neg_0 = False
    if i < n and spec[i] == 'z':
        no_neg_0 = True
        i += 1
    alt = False
    zeropad = False
    if i < n and spec[i] == '0':
        zeropad = True
        i += 1
    start = i
    while i < n and spec[i].isdecimal():
        i += 1
    width = int(spec[start:i]) if i > start else 0
    thousands = ''
    if i < n and spec[i] in ',_':
        thousands = spec[i]
        i += 1
    precision = None
    if i < n and spec[i] == '.':
        i += 1
        start = i
        while i < n and spec[i].isdecimal():
            i += 1
        if i == start:
            raise ValueError('invalid format string')
        precision = int(spec[start:i])
    t = None
    if i < n:
        t = spec[i]
        i += 1
    if i != n or (t is not None and t not in 'eEfFgGn%'):
        raise ValueError('invalid format string')
    if thousands == '_' or (thousands and t == 'n'):
        raise ValueError('invalid format string')
    if zeropad and align is not None:
        raise ValueError('invalid format string')
    fill_implied = fill is None
    align_implied = align is None
    if zeropad and fill is None:
        fill = '0'
        if align is None:
            align = '='
    if fill is None:
        fill = ' '
    if align is None:
        align = '>'
    return {'fill': fill, 'align': align, 'sign': sign, 'no_neg_0': no_neg_0, 'alt': alt,
            'zeropad': zeropad, 'width': width, 'thousands': thousands,
            'precision': precision, 'type': t, 'fill_implied': fill_implied,
            'align_implied': align_implied}


def _sign_str(sign, spec):
    if sign:
        return '-'
    if spec['sign'] in '+ ':
        return spec['sign']
    return ''


def _pad(sign, body, spec):
    """Pads sign + body to the spec's width with its fill and alignment."""
    width = spec['width']
    fill = spec['fill']
    pad = width - len(sign) - len(body)
    if pad <= 0:
        return sign + body
    align = spec['align']
    if align == '<':
        return sign + body + fill * pad
    if align == '>':
        return fill * pad + sign + body
    if align == '=':
        return sign + fill * pad + body
    half = pad // 2
    return fill * half + sign + body + fill * (pad - half)


def _group(digits, sep, min_width):
    """digits with `sep` between groups of three from the right, zero-padded on
    the left to at least min_width characters (a leading group gets an extra
    zero rather than starting with a separator)."""
    groups = []
    while True:
        size = min(max(len(digits), min_width, 1), 3)
        groups.append('0' * (size - len(digits)) + digits[-size:])
        digits = digits[:-size]
        min_width -= size
        if not digits and min_width <= 0:
            break
        min_width -= len(sep)
    return sep.join(reversed(groups))


def _format_number(sign, intpart, fracpart, exp, spec):
    sign_s = _sign_str(sign, spec)
    if fracpart or spec['alt']:
        fracpart = '.' + fracpart
    t = spec['type']
    if exp != 0 or t in 'eE':
        echar = 'E' if t in 'EFG' else 'e'
        fracpart += '%s%+d' % (echar, exp)
    if t == '%':
        fracpart += '%'
    if spec['zeropad']:
        min_width = spec['width'] - len(fracpart) - len(sign_s)
    else:
        min_width = 0
    if spec['thousands']:
        intpart = _group(intpart, spec['thousands'], min_width)
    elif min_width > len(intpart):
        intpart = '0' * (min_width - len(intpart)) + intpart
    return _pad(sign_s, intpart + fracpart, spec)
