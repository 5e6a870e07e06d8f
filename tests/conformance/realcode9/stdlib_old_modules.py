# Modules CPython 3.11 still ships that libraries import: cgi (feedparser reads a
# Content-Type with parse_header, bottle reads posted forms with FieldStorage), pydoc's
# text helpers (python-stdnum describes its formats with getdoc and splitdoc),
# urllib.response's wrappers (html5lib tests its source against addbase) and
# xml.sax.xmlreader.InputSource (odfpy).
import io
import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    import cgi
print([w.category.__name__ for w in caught][:1])
import pydoc
import urllib.response
from xml.sax.xmlreader import InputSource

print(cgi.parse_header('text/html; charset="utf-8"; q=1; name="a\\"b"'))
print(cgi.parse_header('form-data; name="f"; filename="x;y.txt"'), cgi.parse_header(''))
print(cgi.parse_header('Text/Plain ; A=B; bare; c="d=e"'))
form = cgi.FieldStorage(environ={'REQUEST_METHOD': 'GET', 'QUERY_STRING': 'a=1&b=2&a=3&e='})
print(sorted(form.keys()), form.getvalue('a'), form.getfirst('b'), form.getlist('a'), 'e' in form,
      form.getvalue('zz', 'none'), len(form), form['b'])
body = b'x=%C3%A9t%C3%A9&y=2&y=&z=q+r'
posted = cgi.FieldStorage(fp=io.BytesIO(body), keep_blank_values=True,
                          environ={'REQUEST_METHOD': 'POST', 'CONTENT_LENGTH': str(len(body)),
                                   'CONTENT_TYPE': 'application/x-www-form-urlencoded'})
print(sorted(posted.keys()), posted.getvalue('x'), posted.getlist('y'), posted.getvalue('z'))
multipart = (b'--XyZ\r\nContent-Disposition: form-data; name="title"\r\n\r\nHello\r\n'
             b'--XyZ\r\nContent-Disposition: form-data; name="upload"; filename="a.txt"\r\n'
             b'Content-Type: text/plain\r\n\r\nline one\nline two\r\n--XyZ--\r\n')
parts = cgi.FieldStorage(fp=io.BytesIO(multipart),
                         environ={'REQUEST_METHOD': 'POST',
                                  'CONTENT_TYPE': 'multipart/form-data; boundary=XyZ',
                                  'CONTENT_LENGTH': str(len(multipart))})
up = parts['upload']
print(sorted(parts.keys()), parts.getvalue('title'), up.filename, up.value, up.file.read(), up.type)
print(sorted(cgi.parse_multipart(io.BytesIO(multipart), {'boundary': b'XyZ'}).items()))
print(cgi.parse(environ={'REQUEST_METHOD': 'GET', 'QUERY_STRING': 'k=v&k=w'}))
print(cgi.MiniFieldStorage('n', 'v'))


def documented():
    """One line synopsis.

    The longer description
    over two lines.
    """


print(repr(pydoc.getdoc(documented)), pydoc.getdoc(lambda: 0) == '')
print(pydoc.splitdoc(pydoc.getdoc(documented)), pydoc.splitdoc('only'), pydoc.splitdoc('a\nb'))
print(pydoc.describe(pydoc), pydoc.describe(len), pydoc.describe(int), pydoc.describe(documented),
      pydoc.describe(3))
print(pydoc.plain('b\bbo\bol\bld'), pydoc.cram('abcdefghijklmnop', 9),
      pydoc.stripid('<object at 0x7f12ab34cd56>'), pydoc.replace('a-b_c', '-', '+', '_', ' '),
      pydoc.classname(int, 'builtins'), pydoc.classname(io.StringIO, 'x'))

closed = []
raw = io.BytesIO(b'first\nsecond\n')
wrapped = urllib.response.addinfourl(raw, {'X': '1'}, 'http://example.com/', 200)
print(isinstance(wrapped, urllib.response.addbase), wrapped.readline(), list(wrapped),
      wrapped.geturl(), wrapped.getcode(), wrapped.status, wrapped.info())
hooked = urllib.response.addclosehook(io.BytesIO(b''), closed.append, 'done')
with hooked:
    pass
hooked.close()
print(closed)

import xml.sax
print(xml.sax.InputSource is InputSource)
source = InputSource('file.xml')
source.setEncoding('utf-8')
source.setByteStream(io.BytesIO(b'<a/>'))
print(source.getSystemId(), source.getPublicId(), source.getEncoding(),
      source.getByteStream().read(), source.getCharacterStream())
