# xml.sax.xmlreader's attribute collections read directly and through their
# SAX names: plain attributes (name == qualified name) and namespaced ones
# keyed by (uri, local name) with their qualified names; copies and the
# KeyErrors for unknown names.
from xml.sax.xmlreader import AttributesImpl, AttributesNSImpl

plain = AttributesImpl({'id': 'x1', 'class': 'big'})
print(len(plain), plain.getLength(), plain['id'], 'id' in plain, 'no' in plain, plain.get('no', '-'))
print(plain.keys(), plain.values(), plain.items(), plain.getNames(), plain.getQNames())
print(plain.getType('id'), plain.getValue('class'), plain.getValueByQName('id'),
      plain.getNameByQName('id'), plain.getQNameByName('class'))
twin = plain.copy()
print(type(twin).__name__, twin.items() == plain.items(), twin is plain)
for call in (plain.getValue, plain.getNameByQName, plain.getQNameByName, plain.getValueByQName):
    try:
        call('missing')
    except KeyError as exc:
        print(call.__name__, 'KeyError', exc)
ns = AttributesNSImpl({('urn:a', 'href'): '/x', (None, 'id'): '7'},
                      {('urn:a', 'href'): 'a:href', (None, 'id'): 'id'})
print(len(ns), ns.getNames(), ns.getQNames(), ns[('urn:a', 'href')], ns.getValueByQName('a:href'),
      ns.getNameByQName('id'), ns.getQNameByName(('urn:a', 'href')), ns.getType(('urn:a', 'href')))
copy = ns.copy()
print(type(copy).__name__, copy.getQNames(), copy.items() == ns.items(), list(ns.keys()))
for call in (ns.getValueByQName, ns.getNameByQName, ns.getQNameByName):
    try:
        call('zz')
    except KeyError as exc:
        print(call.__name__, 'KeyError', exc)
