# xml.etree.ElementTree: a document parsed, searched with paths (attributes, predicates,
# positions, namespaces, parents), changed, built by hand, indented and serialized in
# each encoding and method with namespace prefixes; parse, iterparse and the pull
# parser over streams; TreeBuilder, QName, XMLID and the errors of malformed input.
import io
import xml.etree.ElementTree as ET
doc = '''<?xml version="1.0"?>
<catalog xmlns:x="http://example.com/x">
  <book id="b1" lang="en"><title>Dune</title><price>9.99</price><x:note>good</x:note></book>
  <book id="b2"><title>Solaris &amp; more</title><price>12.50</price></book>
  <!-- skip -->
  <magazine id="m1"><title>Wired</title></magazine>
</catalog>'''
root = ET.fromstring(doc)
print(root.tag, root.attrib, len(root), [c.tag for c in root], repr(root.text))
print([b.get('id') for b in root.findall('book')], root.find('book/title').text, root.findtext('magazine/title'))
print([e.tag for e in root.iter()], [t.text for t in root.iter('title')])
print(root.findall(".//title")[1].text, root.find(".//book[@id='b2']/price").text, root.findall('*[@lang]')[0].get('id'))
print([b.get('id') for b in root.findall('book[title]')], root.findall('book[2]')[0].get('id'), root.findall('./book[last()]')[0].get('id'))
print(root.find('book/{http://example.com/x}note').text, root.find('book/x:note', {'x': 'http://example.com/x'}).text)
print([b.get('id') for b in root.findall(".//book[title='Dune']")], root.find('book/..') is root)
print(ET.tostring(root))
print(ET.tostring(root, encoding='unicode'))
b = root[1]
b.set('sold', 'yes'); b.find('price').text = '11 < 12 & "x"'
ET.SubElement(b, 'extra', {'k': 'a"b\nc'}).text = 'é'
print(ET.tostring(b, encoding='unicode'))
print(ET.tostring(b))
print(ET.tostring(b, encoding='utf-8'))
print(ET.tostring(b, encoding='iso-8859-1'))
print(ET.tostring(b, encoding='unicode', method='text'))
new = ET.Element('r', {'a': '1'}, b='2')
c = ET.SubElement(new, 'child'); c.text = 'x'; c.tail = 'tail'
new.append(ET.Comment(' hi ')); new.append(ET.PI('target', 'data'))
ET.SubElement(new, 'empty')
print(ET.tostring(new, encoding='unicode'), ET.tostring(new, encoding='unicode', short_empty_elements=False))
ET.indent(new)
print(ET.tostring(new, encoding='unicode'))
ns = ET.Element('{http://a/}root'); ET.SubElement(ns, '{http://b/}kid', {'{http://a/}attr': 'v'})
print(ET.tostring(ns, encoding='unicode'))
ET.register_namespace('aa', 'http://a/')
print(ET.tostring(ns, encoding='unicode'), ET.tostring(ns, encoding='unicode', default_namespace=None))
tree = ET.ElementTree(ET.fromstring('<a><b>1</b></a>'))
out = io.BytesIO(); tree.write(out, xml_declaration=True, encoding='utf-8'); print(out.getvalue())
out = io.StringIO(); tree.write(out, encoding='unicode'); print(out.getvalue())
t2 = ET.parse(io.BytesIO(b'<r><i n="1"/><i n="2"/></r>'))
print(t2.getroot().tag, [i.get('n') for i in t2.iter('i')], t2.find('i').attrib, t2.findall('/i') if False else '')
for ev, el in ET.iterparse(io.BytesIO(b'<r><i>1</i><j/></r>'), events=('start', 'end')):
    print(ev, el.tag)
pp = ET.XMLPullParser(['start', 'end', 'comment'])
pp.feed('<a><b>x</b>'); print([(e, x.tag if hasattr(x, 'tag') else x) for e, x in pp.read_events()])
pp.feed('<!--c--></a>'); pp.close(); print([(e, x.text if e == 'comment' else x.tag) for e, x in pp.read_events()])
for bad in ['<a>', '<a></b>', '', '<a><b></a>', '<a>&x;</a>', 'text']:
    try:
        ET.fromstring(bad)
    except ET.ParseError as e:
        print('ParseError', e, e.code, e.position)
e = ET.Element('x'); print(len(e), e.get('q', 'dflt'), list(e.keys()), ET.iselement(e), e.find('y'))
e.extend([ET.Element('a'), ET.Element('b')]); e.insert(1, ET.Element('m')); del e[0]; print([c.tag for c in e])
e.remove(e[0]); print([c.tag for c in e]); e.clear(); print(len(e), e.attrib)
print(ET.tostring(ET.fromstring('<a>x<b>y</b>z</a>'), method='html'), list(ET.fromstring('<a>x<b>y</b>z</a>').itertext()))
tb = ET.TreeBuilder(); tb.start('root', {}); tb.data('t'); tb.start('c', {'k': 'v'}); tb.end('c'); tb.end('root'); print(ET.tostring(tb.close()))
ET.dump(ET.fromstring('<d><e/></d>'))
q = ET.QName('http://q/', 'n'); print(q, q.text, q == '{http://q/}n')
root2, ids = ET.XMLID('<r><a id="x"/><b id="y"/></r>'); print(sorted(ids))
