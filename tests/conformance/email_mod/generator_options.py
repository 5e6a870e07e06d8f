# email.generator: the From-mangling default (per policy, or on without one), linesep and
# maxheaderlen overrides, clone, and BytesGenerator writing escaped bytes back.
import io
import email
from email import policy
from email.generator import Generator, BytesGenerator
from email.message import Message
from email.parser import BytesParser, Parser, HeaderParser, BytesHeaderParser

text = 'Subject: hi\nX-Long: one two three four five\n\nFrom the start\nbody\n>From kept\n'
msg = Parser().parsestr(text)
for kwargs in ({}, {'mangle_from_': False}, {'mangle_from_': True},
               {'policy': policy.compat32}, {'policy': policy.default},
               {'policy': policy.default.clone(mangle_from_=True)},
               {'policy': policy.SMTP, 'mangle_from_': True}, {'maxheaderlen': 0},
               {'maxheaderlen': 60, 'policy': policy.compat32}):
    out = io.StringIO()
    g = Generator(out, **kwargs)
    print(sorted(kwargs), g._mangle_from_ if hasattr(g, '_mangle_from_') else '?',
          g.maxheaderlen, g.policy is kwargs.get('policy'))
    g.flatten(msg)
    print(repr(out.getvalue()))
for linesep in ('\r\n', '\n', None):
    out = io.StringIO()
    Generator(out).flatten(msg, linesep=linesep)
    print(repr(linesep), repr(out.getvalue()))
out = io.StringIO()
Generator(out, maxheaderlen=0).flatten(msg, linesep='\r\n')
print(repr(out.getvalue()))
out = io.StringIO()
g = Generator(out, mangle_from_=False, policy=policy.compat32)
c = g.clone(io.StringIO())
print(type(c).__name__, c._mangle_from_, c.policy is policy.compat32, c.maxheaderlen)
m = Message()
m.set_unixfrom('From someone Mon Jan  1 00:00:00 2001')
m['To'] = 'x'
m.set_payload('From here\n')
out = io.StringIO()
Generator(out).flatten(m, unixfrom=True)
print(repr(out.getvalue()))

raw = b'Subject: caf\xe9\nContent-Type: text/plain; charset="latin-1"\n\nbytes \xe9\xff\nFrom x\n'
bm = BytesParser().parsebytes(raw)
for kwargs in ({'mangle_from_': False}, {}, {'policy': policy.compat32}):
    out = io.BytesIO()
    BytesGenerator(out, **kwargs).flatten(BytesParser().parsebytes(raw))
    print(sorted(kwargs), out.getvalue())
out = io.BytesIO()
BytesGenerator(out, mangle_from_=False).flatten(bm, linesep='\r\n')
print(out.getvalue())
print(bytes(bm) == out.getvalue(), bm.as_bytes()[:20], bytes(bm) == raw)

# The header-only parsers stop after the headers whatever they are told.
hp = HeaderParser()
for headersonly in (True, False):
    h = hp.parsestr(text, headersonly=headersonly)
    print([(k, str(v)) for k, v in h.items()], repr(h.get_payload()))
    h = hp.parse(io.StringIO(text), headersonly)
    print([(k, str(v)) for k, v in h.items()], repr(h.get_payload()))
    bh = BytesHeaderParser().parsebytes(raw, headersonly=headersonly)
    print([(k, str(v)) for k, v in bh.items()], repr(bh.get_payload()))
    bh = BytesHeaderParser().parse(io.BytesIO(raw), headersonly)
    print([(k, str(v)) for k, v in bh.items()], repr(bh.get_payload()))
print(BytesParser().parsebytes(raw, True).get_payload())
print(repr(BytesParser(policy=policy.default).parse(io.BytesIO(raw)).get_payload()))
print(type(Parser(Message).parsestr('A: b\n\nc')).__name__, Parser().parsestr('A: b\n\nc', True).get_payload())
print(email.message_from_bytes(raw).get_payload(decode=True))
