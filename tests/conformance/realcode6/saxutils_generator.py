# xml.sax.saxutils: escaping helpers and XMLGenerator's output for plain and namespaced events.
import io
from xml.sax import saxutils
from xml.sax.xmlreader import AttributesImpl, AttributesNSImpl

print(saxutils.escape('a < b && c > "d"'))
print(saxutils.escape('x y z', {'x': 'EX', ' ': '_'}))
print(saxutils.unescape('&lt;a&gt; &amp;lt; &amp;'))
print(saxutils.unescape('X-Y', {'X': 'ex', '-': ' minus '}))
for value in ['plain', 'say "hi"', "it's", 'both \' and "', 'tab\there\nnl\rcr', '<&>']:
    print(saxutils.quoteattr(value))
print(saxutils.quoteattr('q', {'q': '&#113;'}))

def run(short, encoding='utf-8', binary=False):
    out = io.BytesIO() if binary else io.StringIO()
    gen = saxutils.XMLGenerator(out, encoding, short_empty_elements=short)
    gen.startDocument()
    gen.startElement('root', AttributesImpl({'a': '1', 'b': 'x"y'}))
    gen.characters('text & <more>')
    gen.startElement('empty', AttributesImpl({}))
    gen.endElement('empty')
    gen.ignorableWhitespace('\n  ')
    gen.processingInstruction('target', 'data here')
    gen.startElement('full', AttributesImpl({}))
    gen.characters('')
    gen.characters('caf\xe9 \u20ac')
    gen.endElement('full')
    gen.endElement('root')
    gen.endDocument()
    return out.getvalue()

print(run(False))
print(run(True))
print(run(True, 'ascii', True))
print(run(False, 'iso-8859-1', True))

out = io.StringIO()
gen = saxutils.XMLGenerator(out, short_empty_elements=True)
gen.startDocument()
gen.startPrefixMapping('p', 'urn:p')
gen.startPrefixMapping(None, 'urn:default')
gen.startElementNS(('urn:p', 'top'), 'p:top',
                   AttributesNSImpl({('urn:p', 'k'): 'v', (None, 'plain'): 'w',
                                     ('http://www.w3.org/XML/1998/namespace', 'lang'): 'en'}, {}))
gen.startElementNS(('urn:default', 'child'), 'child', AttributesNSImpl({}, {}))
gen.endElementNS(('urn:default', 'child'), 'child')
gen.startElementNS((None, 'bare'), 'bare', AttributesNSImpl({}, {}))
gen.characters('in')
gen.endElementNS((None, 'bare'), 'bare')
gen.endElementNS(('urn:p', 'top'), 'p:top')
gen.endPrefixMapping(None)
gen.endPrefixMapping('p')
gen.endDocument()
print(out.getvalue())
try:
    gen.startElementNS(('urn:p', 'after'), 'p:after', AttributesNSImpl({}, {}))
except KeyError as exc:
    print('KeyError', exc)

class Sink:
    def __init__(self):
        self.parts = []
    def write(self, data):
        self.parts.append(data)
sink = Sink()
gen = saxutils.XMLGenerator(sink, 'utf-8')
gen.startElement('s', AttributesImpl({}))
gen.characters('\xe9')
gen.endElement('s')
gen.endDocument()
print(b''.join(sink.parts))
