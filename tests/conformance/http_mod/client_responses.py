# http.client: constants, exceptions, HTTPConnection addresses, HTTPResponse over a socket-like
# object (lengths, chunks, reading to the end, HEAD, 100 Continue) and parse_headers.
import http.client as c
import io
for h in ['example.com', 'example.com:8080', '[::1]:81', '[::1]', 'h:', 'x:abc', 'a:b:c']:
    try:
        k = c.HTTPConnection(h)
        print(h, k.host, k.port, k.default_port)
    except c.InvalidURL as e:
        print(h, type(e).__name__, e)
print(c.HTTPSConnection('x').port, c.HTTPConnection('x', 99).port, c.HTTPSConnection('y:8443').port)
print(repr(c.IncompleteRead(b'abc', 5)), str(c.IncompleteRead(b'abc')), repr(c.BadStatusLine('')), c.BadStatusLine('').line,
      c.LineTooLong('header line'), c.RemoteDisconnected('gone').args, c.UnknownProtocol('HTTP/9').args)
print(c.OK, repr(c.NOT_FOUND), c.responses[404], c.responses[418], len(c.responses), c.HTTP_PORT, c.HTTPS_PORT, c.error)
print(c.__all__)
print(issubclass(c.RemoteDisconnected, ConnectionResetError), issubclass(c.CannotSendRequest, c.ImproperConnectionState))


class FakeSocket:
    def __init__(self, data):
        self.data = data

    def makefile(self, mode):
        return io.BytesIO(self.data)


r = c.HTTPResponse(FakeSocket(b'HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 5\r\nX-A: 1\r\nX-A: 2\r\n\r\nhelloEXTRA'))
r.begin()
print(r.status, r.reason, r.version, r.getheader('content-type'), r.getheader('x-a'), r.getheader('none', 'd'), r.getheaders())
print(r.read(), r.isclosed(), r.length, r.headers.get_all('X-A'), type(r.msg).__name__, r.read())
r = c.HTTPResponse(FakeSocket(b'HTTP/1.1 404 Not Found\r\nTransfer-Encoding: chunked\r\n\r\n4\r\nWiki\r\n5;ext=1\r\npedia\r\n0\r\n\r\n'))
r.begin()
print(r.status, r.reason, r.chunked, r.read(3), r.read(), r.isclosed())
r = c.HTTPResponse(FakeSocket(b'HTTP/1.0 301 Moved\r\nLocation: /x\r\n\r\nbody until close'), method='GET')
r.begin()
print(r.status, r.version, r.will_close, r.read(4), r.read(), r.getcode(), r.info()['location'])
r = c.HTTPResponse(FakeSocket(b'HTTP/1.1 204 No Content\r\n\r\n'), method='HEAD')
r.begin()
print(r.read(), r.length)
r = c.HTTPResponse(FakeSocket(b'HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 Fine\r\nContent-Length: 3\r\nConnection: close\r\n\r\nabc'))
r.begin()
print(r.status, r.reason, r.will_close, r.readline(), r.isclosed())
r = c.HTTPResponse(FakeSocket(b'HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nshort'))
r.begin()
try:
    r.read()
except c.IncompleteRead as e:
    print(repr(e), e.partial)
for bad in [b'', b'garbage\r\n\r\n', b'HTTP/1.1 abc OK\r\n\r\n', b'HTTP/1.1 99 X\r\n\r\n', b'HTTP/2.0 200 OK\r\n\r\n', b'HTTP/1.1 200\r\n\r\n']:
    r = c.HTTPResponse(FakeSocket(bad))
    try:
        r.begin()
        print(r.status, r.version, repr(r.reason))
    except Exception as e:
        print(type(e).__name__, repr(e))
h = c.parse_headers(io.BytesIO(b'A: 1\r\nB: two\r\n  more\r\n\r\nrest'))
print(type(h).__name__, h.items(), h.getallmatchingheaders('b'))
try:
    c.HTTPResponse(FakeSocket(b'')).getheaders()
except c.ResponseNotReady as e:
    print('ResponseNotReady', repr(e))
