# ElementTree's building side: TreeBuilder driven by hand (text and tails,
# comments and PIs inserted or not, custom factories),
# XMLParser with targets that lack some methods, XMLID, fromstringlist,
# iterparse and XMLPullParser on pieces, QName tags and attribute values
# when serializing, and the errors for names that cannot be written.
import io
import xml.etree.ElementTree as ET

b = ET.TreeBuilder()
b.data('ignored before root')
b.start('root', {'a': '1'})
b.data('text')
b.data(' more')
b.start('kid', {})
b.end('kid')
b.data('tail')
b.comment('not kept')
b.pi('target', 'data')
b.end('root')
root = b.close()
print(ET.tostring(root), repr(root.text), repr(root[0].tail), len(root))

b = ET.TreeBuilder(insert_comments=True, insert_pis=True)
b.start('r', {})
b.data('a')
print(b.comment(' c ').tag is ET.Comment, b.pi('p', 'x').tag is ET.PI)
b.data('after pi')
b.start('k', {})
b.end('k')
b.end('r')
r = b.close()
print(ET.tostring(r), [e.tag if isinstance(e.tag, str) else e.tag.__name__ for e in r], repr(r[1].tail))
made = []


def factory(tag, attrs):
    made.append(tag)
    return ET.Element(tag.upper(), attrs)


b = ET.TreeBuilder(element_factory=factory, comment_factory=lambda t: ('C', t),
                   pi_factory=lambda t, d=None: ('P', t, d))
b.start('x', {'k': 'v'})
print(b.comment('hi'), b.pi('t'), b.pi('t', 'd'))
b.end('X')
print(ET.tostring(b.close()), made)


class Log:
    def __init__(self):
        self.seen = []

    def start(self, tag, attrib):
        self.seen.append(('start', tag, sorted(attrib.items())))

    def end(self, tag):
        self.seen.append(('end', tag))

    def data(self, text):
        self.seen.append(('data', text))

    def start_ns(self, prefix, uri):
        self.seen.append(('ns', prefix, uri))

    def close(self):
        return self.seen


doc = '<?xml version="1.0"?><r xmlns="urn:d" xmlns:p="urn:p" p:a="1" b="2"><p:k>t</p:k><!--c--><?pi x?></r>'
parser = ET.XMLParser(target=Log())
parser.feed(doc[:20])
parser.feed(doc[20:])
for event in parser.close():
    print(event)


class Partial:
    def start(self, tag, attrib):
        print('partial start', tag)


p = ET.XMLParser(target=Partial())
p.feed('<a><b/>text</a>')
print('partial close', p.close())
tree, ids = ET.XMLID('<r><a id="x">1</a><b id="">2</b><c id="y"/></r>')
print(tree.tag, sorted(ids), ids['x'].text)
print(ET.tostring(ET.fromstringlist(['<r>', '<a>1</a', '>', '</r>'])))
try:
    ET.XML('<a><b></a>')
except ET.ParseError as exc:
    print('ParseError', exc.code, exc.position)
try:
    p = ET.XMLParser()
    p.feed('<a>')
    p.close()
except ET.ParseError as exc:
    print('ParseError', exc.code, exc.position)

src = io.BytesIO(b'<r xmlns:q="urn:q"><q:a>1</q:a><!--x--><b><c/></b><?t d?></r>')
for event, item in ET.iterparse(src, events=('start', 'end', 'start-ns', 'end-ns', 'comment', 'pi')):
    tag = item.tag if isinstance(item, ET.Element) else item
    print(event, tag.__name__ if callable(tag) else tag)
it = ET.iterparse(io.BytesIO(b'<a><b/></a>'))
print(it.root, [(e, x.tag) for e, x in it], it.root.tag)
pull = ET.XMLPullParser(events=('start', 'end'))
for piece in ('<r>', '<a>x', '</a>', '<b/></r>'):
    pull.feed(piece)
    print([(e, x.tag) for e, x in pull.read_events()])
pull.close()
try:
    ET.XMLPullParser(events=('bogus',))
except ValueError as exc:
    print('ValueError', exc)

e = ET.Element(ET.QName('urn:t', 'top'), {ET.QName('urn:a', 'attr'): ET.QName('urn:v', 'val'),
                                           'plain': 'a"b\n\tc<&>'})
kid = ET.SubElement(e, '{urn:t}kid')
kid.text = 'x<y&z>'
kid.tail = '>tail<'
print(ET.tostring(e))
print(ET.tostring(e, method='html'))
print(ET.tostring(ET.Element('{urn:t}a'), default_namespace='urn:t'))
for bad in (lambda: ET.tostring(ET.Element('{urn:t}a', b='1'), default_namespace='urn:t'),
            lambda: ET.tostring(ET.Element(5)), lambda: ET.tostring(ET.Element('a', {1: '2'})),
            lambda: ET.tostring(ET.Element('a', {'k': 3}))):
    try:
        bad()
    except (ValueError, TypeError) as exc:
        print(type(exc).__name__, exc)
q = ET.QName('urn:z', 'n')
print(q, repr(q), q == '{urn:z}n', q == ET.QName('{urn:z}n'), q < '{urn:zz}', hash(q) == hash('{urn:z}n'))
el = ET.Element('p')
el[:] = [ET.Element('a'), ET.Element('b')]
el[0] = ET.Element('c')
del el[1]
print([c.tag for c in el])
for bad in (lambda: el.__setitem__(0, 'x'), lambda: el.__setitem__(slice(0, 1), ['x'])):
    try:
        bad()
    except TypeError as exc:
        print('TypeError', exc)
