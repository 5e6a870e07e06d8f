# codecs.CodecInfo: built positionally and by keyword, its tuple part, attributes, the text
# encoding flag, repr, and lookup's answers.
import codecs
import re

def enc(s, errors='strict'):
    return s.encode('ascii'), len(s)

def dec(b, errors='strict'):
    return b.decode('ascii'), len(b)

ci = codecs.CodecInfo(enc, dec)
print(len(ci), tuple(ci)[2:], ci.name, ci.incrementalencoder, ci.incrementaldecoder,
      ci.streamreader, ci.streamwriter, ci._is_text_encoding, ci.encode is enc, ci[1] is dec)
ci = codecs.CodecInfo(enc, dec, 'sr', 'sw', 'ie', 'id', 'mine', _is_text_encoding=False)
print(tuple(ci)[2:], ci.name, ci.incrementalencoder, ci.incrementaldecoder, ci.streamreader,
      ci.streamwriter, ci._is_text_encoding, 'name' in vars(ci), sorted(vars(ci)))
ci = codecs.CodecInfo(name='kw', decode=dec, encode=enc, streamwriter='w')
print(ci.name, tuple(ci)[2:], ci._is_text_encoding, '_is_text_encoding' in vars(ci))
print(re.sub('0x[0-9a-f]+', 'ADDR', repr(ci)))
print(isinstance(ci, tuple), type(ci).__name__, type(ci).__module__)
for name in ('utf-8', 'UTF8', 'latin_1', 'ascii'):
    info = codecs.lookup(name)
    print(name, info.name, info.encode('h\u00e9' if 'l' in name or '8' in name else 'h'),
          re.sub('0x[0-9a-f]+', 'ADDR', repr(info)))
try:
    codecs.CodecInfo(enc)
except TypeError as exc:
    print('TypeError', exc)
