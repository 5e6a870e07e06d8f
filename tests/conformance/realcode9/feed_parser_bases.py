# What feedparser (with sgmllib3k) needs of the standard library besides cgi: _markupbase's
# ParserBase (declarations, comments, marked sections, positions), urllib.request's
# password managers and authentication handlers (it subclasses HTTPDigestAuthHandler),
# and urllib.parse._coerce_args (w3lib).
import _markupbase
import urllib.request
from urllib.parse import _coerce_args


class Recorder(_markupbase.ParserBase):
    def __init__(self, text):
        self.rawdata = text
        self.reset()
        self.seen = []

    def handle_decl(self, data):
        self.seen.append(('decl', data))

    def handle_comment(self, data):
        self.seen.append(('comment', data))

    def unknown_decl(self, data):
        self.seen.append(('unknown', data))


doc = ('<!DOCTYPE rss [<!ENTITY x "a>b"> <!-- in ] subset -->]>\n<!-- hi -- >'
       '<![CDATA[raw <b>]]><!ENTITY p "q r"><!><![if IE]>x')
r = Recorder(doc)
i = 0
while i < len(doc):
    start = doc.find('<!', i)
    if start < 0:
        break
    r.updatepos(i, start)
    if doc.startswith('<!--', start):
        end = r.parse_comment(start)
    else:
        end = r.parse_declaration(start)
    print(start, end, r.getpos())
    if end < 0:
        break
    i = end
print(r.seen)
print(Recorder('<!DOCTYPE html').parse_declaration(0), Recorder('<!--x').parse_comment(0),
      Recorder('<![CDATA[x]').parse_marked_section(0), Recorder('<!-').parse_declaration(0))
for bad in ('<!123>', '<![bogus[x]]>'):
    try:
        Recorder(bad).parse_declaration(0)
    except AssertionError as e:
        print('AssertionError', e)
try:
    _markupbase.ParserBase()
except RuntimeError as e:
    print('RuntimeError', e)

mgr = urllib.request.HTTPPasswordMgrWithDefaultRealm()
mgr.add_password('realm', 'http://example.com/private/', 'ann', 'pw')
mgr.add_password(None, 'other.org', 'bob', 'secret')
for realm, url in [('realm', 'http://example.com/private/x'), ('realm', 'http://example.com:80/private/'),
                   ('realm', 'http://example.com/public'), ('any', 'http://other.org/a/b'),
                   ('realm', 'https://example.com/private/x')]:
    print(realm, url, mgr.find_user_password(realm, url))
digest = urllib.request.HTTPDigestAuthHandler(mgr)
print(digest.passwd is mgr, digest.handler_order, digest.auth_header,
      urllib.request.HTTPBasicAuthHandler().auth_header,
      urllib.request.ProxyDigestAuthHandler.auth_header,
      isinstance(digest, urllib.request.BaseHandler))


class FeedHandler(urllib.request.HTTPDigestAuthHandler, urllib.request.HTTPRedirectHandler,
                  urllib.request.HTTPDefaultErrorHandler):
    pass


print(FeedHandler().handler_order, [c.__name__ for c in FeedHandler.__mro__][:4])
print(_coerce_args('a', '')[:2], _coerce_args('a')[1]('same'), _coerce_args(b'a', b'b', '')[:3],
      _coerce_args(b'x')[1]('y'))
try:
    _coerce_args('a', b'b')
except TypeError as e:
    print('TypeError', e)
