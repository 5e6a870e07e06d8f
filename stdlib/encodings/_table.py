"""What every 8-bit table codec of closured shares: from a codec's name, its
256-character decoding table and the encoding map charmap_build made of it, the
stateless Codec, the incremental coders and the CodecInfo getregentry answers, all on
codecs.charmap_decode and codecs.charmap_encode."""

import codecs


def coders(name, decoding_table, encoding_table):
    """(Codec, IncrementalEncoder, IncrementalDecoder, getregentry) of a table codec."""

    class Codec(codecs.Codec):
        def encode(self, input, errors='strict'):
            return codecs.charmap_encode(input, errors, encoding_table)

        def decode(self, input, errors='strict'):
            return codecs.charmap_decode(input, errors, decoding_table)

    class IncrementalEncoder(codecs.IncrementalEncoder):
        def encode(self, input, final=False):
            return codecs.charmap_encode(input, self.errors, encoding_table)[0]

    class IncrementalDecoder(codecs.IncrementalDecoder):
        def decode(self, input, final=False):
            return codecs.charmap_decode(input, self.errors, decoding_table)[0]

    def getregentry():
        stateless = Codec()
        return codecs.CodecInfo(name=name, encode=stateless.encode,
                                decode=stateless.decode,
                                incrementalencoder=IncrementalEncoder,
                                incrementaldecoder=IncrementalDecoder)

    return Codec, IncrementalEncoder, IncrementalDecoder, getregentry
