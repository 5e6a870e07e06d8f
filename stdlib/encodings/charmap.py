"""The 'charmap' codec for closured: codecs.charmap_encode and charmap_decode with the
mapping the caller gives (None: latin-1), as codecs.lookup('charmap') answers it; its
incremental coders take the mapping when they are made."""

import codecs


def _incremental(base, convert):
    """A subclass of base (IncrementalEncoder or IncrementalDecoder) running convert
    over each piece with the mapping it was made with."""

    def __init__(self, errors='strict', mapping=None):
        base.__init__(self, errors)
        self.mapping = mapping

    def step(self, input, final=False):
        return convert(input, self.errors, self.mapping)[0]

    method = 'encode' if base is codecs.IncrementalEncoder else 'decode'
    return type('Incremental' + base.__name__[11:], (base,),
                {'__init__': __init__, method: step, '__module__': __name__})


IncrementalEncoder = _incremental(codecs.IncrementalEncoder, codecs.charmap_encode)
IncrementalDecoder = _incremental(codecs.IncrementalDecoder, codecs.charmap_decode)


def getregentry():
    # encode and decode are the functions themselves: (text, errors, mapping)
    return codecs.CodecInfo(name='charmap', encode=codecs.charmap_encode,
                            decode=codecs.charmap_decode,
                            incrementalencoder=IncrementalEncoder,
                            incrementaldecoder=IncrementalDecoder)
