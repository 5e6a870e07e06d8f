# xml.parsers.expat: the events of a document (declaration, DOCTYPE with an internal
# entity, attributes normalized, references, comments, PIs, CDATA) unbuffered, buffered,
# fed in pieces and with ordered attributes; namespaces; and the error of each kind of
# malformed input with its code, line and column.
from xml.parsers import expat
def run(data, sep=None, buffer_text=False, ordered=False, chunks=None):
    p = expat.ParserCreate(namespace_separator=sep)
    p.buffer_text = buffer_text
    p.ordered_attributes = ordered
    ev = []
    p.StartElementHandler = lambda n, a: ev.append(('start', n, a))
    p.EndElementHandler = lambda n: ev.append(('end', n))
    p.CharacterDataHandler = lambda d: ev.append(('data', d))
    p.CommentHandler = lambda d: ev.append(('comment', d))
    p.XmlDeclHandler = lambda v, e, s: ev.append(('decl', v, e, s))
    p.ProcessingInstructionHandler = lambda t, d: ev.append(('pi', t, d))
    p.StartNamespaceDeclHandler = lambda pr, u: ev.append(('ns', pr, u))
    p.EndNamespaceDeclHandler = lambda pr: ev.append(('endns', pr))
    p.StartDoctypeDeclHandler = lambda *a: ev.append(('doctype',) + a)
    p.EntityDeclHandler = lambda *a: ev.append(('entity',) + a)
    try:
        if chunks:
            for i in range(0, len(data), chunks):
                p.Parse(data[i:i + chunks], False)
            p.Parse(data[:0], True)
        else:
            p.Parse(data, True)
    except expat.ExpatError as e:
        ev.append(('error', str(e), e.code, e.lineno, e.offset))
    print(ev)
doc = b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE r [<!ENTITY me "Ann &amp; co">]>\n<r a="1&amp;2" b="x\ny" c=\'&me;\'><!-- c --><?pi data?>text &lt; more\nline2&#65;&me;<![CDATA[<raw>\nx]]><e/>\xc3\xa9</r>\n'
run(doc); run(doc, buffer_text=True); run(doc, chunks=7, buffer_text=True); run(doc, ordered=True)
run('<a xmlns="u1" xmlns:b="u2" b:x="1" y="2"><b:c>t</b:c><d xmlns="">q</d></a>', sep=' ')
run('<a xmlns="u1" xmlns:b="u2" b:x="1"><b:c/></a>', sep='}')
for bad in [b'<a></b>', b'<a>', b'', b'<a/><b/>', b'<a>&nope;</a>', b'<a x=1/>', b'<a><b></a>', b'<a x="1" x="2"/>',
            b'abc', b'<a>\n<b>\n</c></a>', b'<a><!-- x', b'<a><![CDATA[x</a>', b'<a>&#0;</a>', b'<?xml version="1.0"?><a/><?xml version="1.0"?>', b'<p:a/>']:
    run(bad)
run(b'<p:a/>', sep=' ')
run('<a>\u00e9\u4e2d</a>'.encode('latin-1', 'replace'))
run('<?xml version="1.0" encoding="iso-8859-1"?><a>\xe9</a>'.encode('latin-1'))
run(b'<a> <b>1</b> <b>2</b>\r\n</a>', buffer_text=True)
print(expat.ErrorString(7), expat.errors.XML_ERROR_TAG_MISMATCH, expat.errors.codes['undefined entity'])
