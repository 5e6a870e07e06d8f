# xml.sax's parser: make_parser answers the expat driver (defusedxml subclasses
# xml.sax.expatreader.ExpatParser; odfpy reads its manifests through it), which reports a
# document to a ContentHandler with and without namespaces, comments and CDATA to a
# lexical handler, and errors as SAXParseException with their position.
import io
import xml.sax
from xml.sax import handler
from xml.sax.expatreader import ExpatParser


class Recorder(handler.ContentHandler):
    def __init__(self):
        super().__init__()
        self.events = []

    def startDocument(self):
        self.events.append('start')

    def endDocument(self):
        self.events.append('end')

    def startElement(self, name, attrs):
        self.events.append(('<', name, sorted(attrs.items())))

    def endElement(self, name):
        self.events.append(('>', name))

    def startElementNS(self, name, qname, attrs):
        self.events.append(('<ns', name, sorted(attrs.items(), key=str)))

    def endElementNS(self, name, qname):
        self.events.append(('>ns', name))

    def startPrefixMapping(self, prefix, uri):
        self.events.append(('map', prefix, uri))

    def characters(self, content):
        if content.strip():
            self.events.append(('text', content))

    def processingInstruction(self, target, data):
        self.events.append(('pi', target, data))


class Lexical(handler.LexicalHandler):
    def __init__(self, sink):
        self.sink = sink

    def comment(self, text):
        self.sink.append(('comment', text))

    def startCDATA(self):
        self.sink.append('cdata[')

    def endCDATA(self):
        self.sink.append(']cdata')


doc = ('<?xml version="1.0"?><root a="1" b="x&amp;y"><?go now?><!-- note -->'
       '<item id="7">text &lt;here&gt;</item><![CDATA[raw <b>]]><empty/></root>')
r = Recorder()
xml.sax.parseString(doc, r)
print(r.events)
r = Recorder()
parser = xml.sax.make_parser()
print(type(parser).__name__, isinstance(parser, ExpatParser),
      parser.getFeature(handler.feature_namespaces))
parser.setContentHandler(r)
parser.setProperty(handler.property_lexical_handler, Lexical(r.events))
parser.parse(io.BytesIO(doc.encode()))
print(r.events)
r = Recorder()
ns = ExpatParser()
ns.setFeature(handler.feature_namespaces, True)
ns.setContentHandler(r)
ns.parse(io.StringIO('<x:top xmlns:x="urn:x" x:k="v" plain="p"><x:in/><out/></x:top>'))
print(r.events)
r = Recorder()
feeding = ExpatParser()
feeding.setContentHandler(r)
for piece in ('<a><b>one', ' two</b>', '<c/></a>'):
    feeding.feed(piece)
feeding.close()
print(r.events)
for bad in ('<a><b></a>', '<a>&nope;</a>'):
    try:
        xml.sax.parseString(bad, Recorder())
    except xml.sax.SAXParseException as e:
        print('SAXParseException', e.getMessage(), e.getLineNumber(), e.getColumnNumber(), str(e))
for name in (handler.feature_validation, handler.feature_external_pes,
             handler.feature_namespace_prefixes, 'urn:unknown'):
    try:
        ExpatParser().setFeature(name, True)
    except (xml.sax.SAXNotSupportedException, xml.sax.SAXNotRecognizedException) as e:
        print(type(e).__name__, e)
