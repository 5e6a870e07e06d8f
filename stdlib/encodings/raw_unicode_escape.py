"""The raw_unicode_escape codec for closured: text as Latin-1 bytes, anything past
Latin-1 written \\uXXXX or \\U00XXXXXX; decoding reads only those two escapes."""

import codecs


class Codec(codecs.Codec):
    encode = staticmethod(codecs.raw_unicode_escape_encode)
    decode = staticmethod(codecs.raw_unicode_escape_decode)


class IncrementalEncoder(codecs.IncrementalEncoder):
    def encode(self, input, final=False):
        return codecs.raw_unicode_escape_encode(input, self.errors)[0]


class IncrementalDecoder(codecs.BufferedIncrementalDecoder):
    """Holds a \\u or \\U escape cut at the end of a piece until the next one."""

    def _buffer_decode(self, input, errors, final):
        return codecs.raw_unicode_escape_decode(input, errors, final)


def getregentry():
    return codecs.CodecInfo(name='raw-unicode-escape', encode=Codec.encode,
                            decode=Codec.decode, incrementalencoder=IncrementalEncoder,
                            incrementaldecoder=IncrementalDecoder)
