"""The idna codec (RFC 3490, IDNA 2003) for closured: each label of a host name that is
not ASCII is nameprepped and written as 'xn--' + punycode; decoding reverses it and
checks the round trip. nameprep's tables (RFC 3491) are written here as ranges:
mapping to nothing, case folding by str.casefold, NFKC, the prohibited characters and
the bidirectional rule; they follow Unicode as closured's unicodedata has it, where
CPython pins Unicode 3.2."""

import codecs
import re
import unicodedata

ace_prefix = b'xn--'
sace_prefix = 'xn--'
dots = re.compile('[\u002E\u3002\uFF0E\uFF61]')

# RFC 3491's table B.1: characters removed before folding.
_DROPPED = frozenset('\u00ad\u034f\u1806\u180b\u180c\u180d\u200b\u200c\u200d\u2060'
                     '\ufe00\ufe01\ufe02\ufe03\ufe04\ufe05\ufe06\ufe07\ufe08\ufe09\ufe0a'
                     '\ufe0b\ufe0c\ufe0d\ufe0e\ufe0f\ufeff')

# Tables C.1.2 to C.9: (first, last) code points that may not appear after mapping.
_PROHIBITED = (
    (0x00A0, 0x00A0), (0x1680, 0x1680), (0x2000, 0x200F), (0x2028, 0x202F),
    (0x205F, 0x2063), (0x206A, 0x206F), (0x3000, 0x3000), (0x0080, 0x009F),
    (0x06DD, 0x06DD), (0x070F, 0x070F), (0x180E, 0x180E), (0xFEFF, 0xFEFF),
    (0xFFF9, 0xFFFD), (0x1D173, 0x1D17A), (0xE000, 0xF8FF), (0xF0000, 0xFFFFD),
    (0x100000, 0x10FFFD), (0xFDD0, 0xFDEF), (0xD800, 0xDFFF), (0x2FF0, 0x2FFB),
    (0x0340, 0x0341), (0xE0001, 0xE0001), (0xE0020, 0xE007F),
)


def _prohibited(ch):
    point = ord(ch)
    if point & 0xFFFE == 0xFFFE:
        return True
    return any(low <= point <= high for low, high in _PROHIBITED)


def nameprep(label):
    """label mapped, folded, normalized (NFKC) and checked (prohibited characters, the
    bidirectional rule); UnicodeError naming what is wrong."""
    label = ''.join(ch.casefold() for ch in label if ch not in _DROPPED)
    label = unicodedata.normalize('NFKC', label)
    for ch in label:
        if _prohibited(ch):
            raise UnicodeError('Invalid character %r' % ch)
    right_to_left = [unicodedata.bidirectional(ch) in ('R', 'AL') for ch in label]
    if any(right_to_left):
        if any(unicodedata.bidirectional(ch) == 'L' for ch in label):
            raise UnicodeError('Violation of BIDI requirement 2')
        if not (right_to_left[0] and right_to_left[-1]):
            raise UnicodeError('Violation of BIDI requirement 3')
    return label


def _short_enough(label):
    if 0 < len(label) < 64:
        return label
    raise UnicodeError('label empty or too long')


def ToASCII(label):
    """One label as ASCII bytes: itself when ASCII, else 'xn--' + its punycode."""
    if label.isascii():
        return _short_enough(label.encode('ascii'))
    label = nameprep(label)
    if label.isascii():
        return _short_enough(label.encode('ascii'))
    if label.startswith(sace_prefix):
        raise UnicodeError('Label starts with ACE prefix')
    return _short_enough(ace_prefix + label.encode('punycode'))


def ToUnicode(label):
    """One label as text: an 'xn--' label decoded from punycode (and checked to come
    back the same through ToASCII); others as they are."""
    if len(label) > 1024:
        raise UnicodeError('label way too long')
    if not isinstance(label, bytes):
        if not label.isascii():
            label = nameprep(label)
            if not label.isascii():
                raise UnicodeError('Invalid character in IDN label')
        label = label.encode('ascii')
    if not label.startswith(ace_prefix):
        return str(label, 'ascii')
    result = label[len(ace_prefix):].decode('punycode')
    again = ToASCII(result)
    if str(label, 'ascii').lower() != str(again, 'ascii'):
        raise UnicodeError('IDNA does not round-trip', label, again)
    return result


def _encode(text, errors):
    if errors != 'strict':
        raise UnicodeError('unsupported error handling ' + errors)
    if not text:
        return b'', 0
    if text.isascii():
        labels = text.encode('ascii').split(b'.')
        for label in labels[:-1]:
            if not 0 < len(label) < 64:
                raise UnicodeError('label empty or too long')
        if len(labels[-1]) >= 64:
            raise UnicodeError('label too long')
        return text.encode('ascii'), len(text)
    labels = dots.split(text)
    ending = b''
    if labels and not labels[-1]:
        ending = b'.'
        labels.pop()
    return b'.'.join(ToASCII(label) for label in labels) + ending, len(text)


def _decode(data, errors):
    if errors != 'strict':
        raise UnicodeError('Unsupported error handling ' + errors)
    if not data:
        return '', 0
    if not isinstance(data, bytes):
        data = bytes(data)
    if ace_prefix not in data:
        try:
            return data.decode('ascii'), len(data)
        except UnicodeDecodeError:
            pass
    labels = data.split(b'.')
    ending = ''
    if labels and not labels[-1]:
        ending = '.'
        labels.pop()
    return '.'.join(ToUnicode(label) for label in labels) + ending, len(data)


class Codec:
    def encode(self, input, errors='strict'):
        return _encode(input, errors)

    def decode(self, input, errors='strict'):
        return _decode(input, errors)


class IncrementalEncoder(codecs.IncrementalEncoder):
    def encode(self, input, final=False):
        return _encode(input, self.errors)[0]


class IncrementalDecoder(codecs.IncrementalDecoder):
    def decode(self, input, final=False):
        return _decode(input, self.errors)[0]


def getregentry():
    return codecs.CodecInfo(name='idna', encode=Codec().encode, decode=Codec().decode,
                            incrementalencoder=IncrementalEncoder,
                            incrementaldecoder=IncrementalDecoder)
