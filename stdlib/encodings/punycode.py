"""The punycode codec (RFC 3492) for closured: text to the ASCII form whose basic
characters come first, then '-' and the other characters as generalized
variable-length integers."""

import codecs

_BASE, _TMIN, _TMAX, _SKEW, _DAMP = 36, 1, 26, 38, 700
_FIRST_BIAS, _FIRST_CHAR = 72, 0x80
_DIGITS = b'abcdefghijklmnopqrstuvwxyz0123456789'


def _threshold(k, bias):
    return max(_TMIN, min(_TMAX, k - bias))


def _adapt(delta, first, count):
    """The next bias after delta was spent among count code points."""
    delta = delta // _DAMP if first else delta // 2
    delta += delta // count
    shift = 0
    while delta > (_BASE - _TMIN) * _TMAX // 2:
        delta //= _BASE - _TMIN
        shift += _BASE
    return shift + (_BASE - _TMIN + 1) * delta // (delta + _SKEW)


def _put_number(out, number, bias):
    """Append number as one generalized variable-length integer."""
    k = _BASE
    while True:
        t = _threshold(k, bias)
        if number < t:
            out.append(_DIGITS[number])
            return
        out.append(_DIGITS[t + (number - t) % (_BASE - t)])
        number = (number - t) // (_BASE - t)
        k += _BASE


def punycode_encode(text):
    """The punycode bytes of text."""
    out = bytearray(ord(ch) for ch in text if ord(ch) < 0x80)
    done = len(out)
    if out:
        out.append(0x2D)
    code, delta, bias = _FIRST_CHAR, 0, _FIRST_BIAS
    points = [ord(ch) for ch in text]
    first_round = True
    while done < len(points):
        smallest = min(p for p in points if p >= code)
        delta += (smallest - code) * (done + 1)
        code = smallest
        for point in points:
            if point < code:
                delta += 1
            elif point == code:
                _put_number(out, delta, bias)
                bias = _adapt(delta, first_round, done + 1)
                first_round = False
                delta = 0
                done += 1
        delta += 1
        code += 1
    return bytes(out)


def _digit_value(ch):
    if 0x41 <= ch <= 0x5A:
        return ch - 0x41
    if 0x30 <= ch <= 0x39:
        return ch - 22
    return None


def punycode_decode(text, errors):
    """The text of punycode bytes (a str argument is read as its ASCII)."""
    if isinstance(text, str):
        text = text.encode('ascii')
    if isinstance(text, memoryview):
        text = bytes(text)
    cut = text.rfind(b'-')
    if cut < 0:
        result, tail = '', str(text, 'ascii').upper()
    else:
        result, tail = str(text[:cut], 'ascii', errors), str(text[cut + 1:], 'ascii').upper()
    data = tail.encode('ascii')
    code, where, bias, at = _FIRST_CHAR, -1, _FIRST_BIAS, 0
    while at < len(data):
        start = at
        number, weight, k = 0, 1, _BASE
        while True:
            if at >= len(data):
                if errors == 'strict':
                    raise UnicodeError('incomplete punicode string')
                return result
            digit = _digit_value(data[at])
            at += 1
            if digit is None:
                if errors == 'strict':
                    raise UnicodeError("Invalid extended code point '%s'" % tail[at - 1])
                return result
            number += digit * weight
            t = _threshold(k, bias)
            if digit < t:
                break
            weight *= _BASE - t
            k += _BASE
        where += number + 1
        code += where // (len(result) + 1)
        if code > 0x10FFFF:
            if errors == 'strict':
                raise UnicodeError('Invalid character U+%x' % code)
            code = ord('?')
        where %= len(result) + 1
        result = result[:where] + chr(code) + result[where:]
        bias = _adapt(number, start == 0, len(result))
    return result


class Codec:
    def encode(self, input, errors='strict'):
        return punycode_encode(input), len(input)

    def decode(self, input, errors='strict'):
        if errors not in ('strict', 'replace', 'ignore'):
            raise UnicodeError('Unsupported error handling ' + errors)
        return punycode_decode(input, errors), len(input)


class IncrementalEncoder(codecs.IncrementalEncoder):
    # Each piece is encoded on its own: punycode has no state to carry between pieces.
    def encode(self, input, final=False):
        return punycode_encode(input)


class IncrementalDecoder(codecs.IncrementalDecoder):
    def decode(self, input, final=False):
        if self.errors not in ('strict', 'replace', 'ignore'):
            raise UnicodeError('Unsupported error handling ' + self.errors)
        return punycode_decode(input, self.errors)


def getregentry():
    return codecs.CodecInfo(name='punycode', encode=Codec().encode, decode=Codec().decode,
                            incrementalencoder=IncrementalEncoder,
                            incrementaldecoder=IncrementalDecoder)
