# xml.dom.minidom: documents parsed from str, bytes and streams, walked (children, siblings,
# attributes, getElementsByTagName), changed and built by hand, and written by toxml,
# toprettyxml and writexml in each form (encodings, standalone, indents, newlines).
import io
from xml.dom import minidom, Node
d = minidom.parseString('<?xml version="1.0"?><r a="1" b="x &amp; &lt;y&gt;"><b>t &amp; u</b><!--c--><c x="y" w="z"/>tail<?pi some data?><![CDATA[raw <x>]]></r>')
print(repr(d.toxml()))
print(d.toprettyxml(indent='  '))
print(repr(d.documentElement.toprettyxml()))
r = d.documentElement
print(r.tagName, r.getAttribute('a'), repr(r.getAttribute('zz')), [n.nodeName for n in r.childNodes], d.getElementsByTagName('b')[0].firstChild.data)
print(d.toxml('utf-8'), r.toxml(), d.toxml(standalone=True))
print([n.nodeType for n in r.childNodes], r.childNodes.length, r.childNodes.item(1).data, r.childNodes.item(99))
print(sorted(r.attributes.keys()), r.attributes['b'].value, r.attributes.length, r.hasAttribute('a'), r.hasAttributes())
n = minidom.Document(); e = n.createElement('root'); n.appendChild(e); e.setAttribute('k', 'v'); t = n.createTextNode('x<y'); e.appendChild(t)
print(n.toxml(), e.attributes['k'].value, e.hasAttribute('k'), e.nodeType, t.nodeType, n.nodeType, repr(t))
kid = n.createElement('kid'); e.insertBefore(kid, t); e.appendChild(n.createComment(' note ')); e.removeAttribute('k')
print(n.toxml(), kid.nextSibling is t, t.previousSibling is kid, e.firstChild is kid, e.lastChild.data)
e.replaceChild(n.createElement('other'), kid); print(e.toxml())
clone = e.cloneNode(True); clone.setAttribute('c', '1'); print(clone.toxml(), e.toxml())
x = minidom.parseString(b'<a><b/><c><b>1</b></c></a>'); print(len(x.getElementsByTagName('b')), [el.tagName for el in x.getElementsByTagName('*')])
y = minidom.parse(io.BytesIO(b'<doc>\n  <item>1</item>\n  <item>2</item>\n</doc>'))
print([i.firstChild.nodeValue for i in y.getElementsByTagName('item')], repr(y.toxml()))
print(y.documentElement.toprettyxml(indent=' ', newl='|'))
try:
    n.appendChild(n.createElement('second'))
except Exception as ex:
    print(type(ex).__name__, ex)
impl = minidom.getDOMImplementation(); doc = impl.createDocument(None, 'top', None); doc.documentElement.appendChild(doc.createTextNode('hi')); print(doc.toxml())
print(Node.ELEMENT_NODE, Node.TEXT_NODE, Node.COMMENT_NODE, Node.DOCUMENT_NODE)
