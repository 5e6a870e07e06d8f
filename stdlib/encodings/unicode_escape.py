"""The unicode_escape codec for closured: text as Latin-1 bytes with Python's
backslash escapes (\\n, \\xhh, \\uXXXX, \\N{NAME}, ...) for what is not printable
ASCII, and back."""

import codecs


class Codec(codecs.Codec):
    encode = staticmethod(codecs.unicode_escape_encode)
    decode = staticmethod(codecs.unicode_escape_decode)


class IncrementalEncoder(codecs.IncrementalEncoder):
    def encode(self, input, final=False):
        return codecs.unicode_escape_encode(input, self.errors)[0]


class IncrementalDecoder(codecs.BufferedIncrementalDecoder):
    """Holds an escape cut at the end of a piece until the next one finishes it."""

    def _buffer_decode(self, input, errors, final):
        return codecs.unicode_escape_decode(input, errors, final)


def getregentry():
    return codecs.CodecInfo(name='unicode-escape', encode=Codec.encode, decode=Codec.decode,
                            incrementalencoder=IncrementalEncoder,
                            incrementaldecoder=IncrementalDecoder)
