"""http.client for closured: the status constants and the responses table, the
exceptions, HTTPMessage and parse_headers, and HTTPResponse reading an answer from any
object with makefile() (status line, headers, bodies by length, chunks or until the
end). closured reaches no network, as pathlib reaches no file: HTTPConnection and
HTTPSConnection hold their host and port, and connecting (connect(), request(), ...)
raises PermissionError."""

import email.message
import email.parser
import http
import io

__all__ = ['HTTPResponse', 'HTTPConnection', 'HTTPException', 'NotConnected',
           'UnknownProtocol', 'UnknownTransferEncoding', 'UnimplementedFileMode',
           'IncompleteRead', 'InvalidURL', 'ImproperConnectionState', 'CannotSendRequest',
           'CannotSendHeader', 'ResponseNotReady', 'BadStatusLine', 'LineTooLong',
           'RemoteDisconnected', 'error', 'responses', 'HTTPSConnection']

HTTP_PORT = 80
HTTPS_PORT = 443

globals().update(http.HTTPStatus.__members__)
responses = {status.value: status.phrase for status in http.HTTPStatus}

_MAXLINE = 65536
_MAXHEADERS = 100


class HTTPException(Exception):
    """Base of http.client's errors."""


class NotConnected(HTTPException):
    """The connection was not opened."""


class InvalidURL(HTTPException):
    """A host or port that cannot be used."""


class UnknownProtocol(HTTPException):
    """A status line naming an HTTP version other than 0.9, 1.0 or 1.1."""

    def __init__(self, version):
        self.version = version
        self.args = (version,)


class UnknownTransferEncoding(HTTPException):
    """A Transfer-Encoding this module cannot read."""


class UnimplementedFileMode(HTTPException):
    """A file mode the response cannot give."""


class IncompleteRead(HTTPException):
    """The body ended early: partial holds what came, expected how much was missing."""

    def __init__(self, partial, expected=None):
        self.partial, self.expected = partial, expected
        self.args = (partial,)

    def __repr__(self):
        more = '' if self.expected is None else ', %i more expected' % self.expected
        return '%s(%i bytes read%s)' % (type(self).__name__, len(self.partial), more)

    def __str__(self):
        return self.__repr__()


class ImproperConnectionState(HTTPException):
    """The connection was used out of order."""


class CannotSendRequest(ImproperConnectionState):
    """A request while the previous answer was not read."""


class CannotSendHeader(ImproperConnectionState):
    """A header after the headers were sent."""


class ResponseNotReady(ImproperConnectionState):
    """getresponse() or a header read before the answer arrived."""


class BadStatusLine(HTTPException):
    """A status line that is not 'HTTP/x.y code reason'."""

    def __init__(self, line):
        self.line = line or repr(line)
        self.args = (self.line,)


class LineTooLong(HTTPException):
    """A status or header line longer than the limit."""

    def __init__(self, line_type):
        super().__init__('got more than %d bytes when reading %s' % (_MAXLINE, line_type))


class RemoteDisconnected(ConnectionResetError, BadStatusLine):
    """The server closed the connection before answering."""

    def __init__(self, *pos, **kw):
        BadStatusLine.__init__(self, '')
        ConnectionResetError.__init__(self, *pos, **kw)


error = HTTPException


class HTTPMessage(email.message.Message):
    """The headers of an HTTP request or response."""

    def getallmatchingheaders(self, name):
        """What CPython 3.11 answers: the header *names* (not lines) starting with
        'name:', which no name does, so always an empty list."""
        wanted = name.lower() + ':'
        found, inside = [], False
        for key in self.keys():
            if key.lower().startswith(wanted):
                inside = True
            elif not key[:1].isspace():
                inside = False
            if inside:
                found.append(key)
        return found


def _read_line(fp, what):
    line = fp.readline(_MAXLINE + 1)
    if len(line) > _MAXLINE:
        raise LineTooLong(what)
    return line


def parse_headers(fp, _class=HTTPMessage):
    """The headers read from the binary stream fp up to a blank line, as _class."""
    lines = []
    while True:
        line = _read_line(fp, 'header line')
        lines.append(line)
        if len(lines) > _MAXHEADERS:
            raise HTTPException('got more than %d headers' % _MAXHEADERS)
        if line in (b'\r\n', b'\n', b''):
            break
    text = b''.join(lines).decode('iso-8859-1')
    return email.parser.Parser(_class=_class).parsestr(text)


class HTTPResponse(io.BufferedIOBase):
    """An HTTP answer read from sock.makefile('rb'): begin() reads the status line and
    headers, read() the body."""

    def __init__(self, sock, debuglevel=0, method=None, url=None):
        self.fp = sock.makefile('rb')
        self.debuglevel = debuglevel
        self._method = method
        self.headers = self.msg = None
        self.version = self.status = self.reason = 'UNKNOWN'
        self.chunked = 'UNKNOWN'
        self.chunk_left = 'UNKNOWN'
        self.length = 'UNKNOWN'
        self.will_close = 'UNKNOWN'
        self.url = url

    def _status_line(self):
        line = str(_read_line(self.fp, 'status line'), 'iso-8859-1')
        if not line:
            raise RemoteDisconnected('Remote end closed connection without response')
        fields = line.split(None, 2)
        version = fields[0] if len(fields) >= 2 else ''
        status = fields[1] if len(fields) >= 2 else ''
        reason = fields[2] if len(fields) == 3 else ''
        if not version.startswith('HTTP/'):
            self._close_conn()
            raise BadStatusLine(line)
        try:
            code = int(status)
        except ValueError:
            raise BadStatusLine(line) from None
        if not 100 <= code <= 999:
            raise BadStatusLine(line)
        return version, code, reason

    def begin(self):
        """Read the status line and headers (skipping 100 Continue answers)."""
        if self.headers is not None:
            return
        while True:
            version, status, reason = self._status_line()
            if status != 100:
                break
            while _read_line(self.fp, 'header line').strip():
                pass
        self.code = self.status = status
        self.reason = reason.strip()
        if version in ('HTTP/1.0', 'HTTP/0.9'):
            self.version = 10
        elif version.startswith('HTTP/1.'):
            self.version = 11
        else:
            raise UnknownProtocol(version)
        self.headers = self.msg = parse_headers(self.fp)
        coding = self.headers.get('transfer-encoding')
        self.chunked = bool(coding) and coding.lower() == 'chunked'
        self.chunk_left = None
        self.will_close = self._check_close()
        self.length = None
        length = self.headers.get('content-length')
        if length and not self.chunked:
            try:
                self.length = int(length)
            except ValueError:
                pass
            else:
                if self.length < 0:
                    self.length = None
        if status in (204, 304) or 100 <= status < 200 or self._method == 'HEAD':
            self.length = 0
        if not self.will_close and not self.chunked and self.length is None:
            self.will_close = True

    def _check_close(self):
        connection = (self.headers.get('connection') or '').lower()
        if self.version == 11:
            return 'close' in connection
        if self.headers.get('keep-alive') or 'keep-alive' in connection:
            return False
        proxy = (self.headers.get('proxy-connection') or '').lower()
        return 'keep-alive' not in proxy

    def _close_conn(self):
        fp, self.fp = self.fp, None
        fp.close()

    def close(self):
        try:
            super().close()
        finally:
            if self.fp:
                self._close_conn()

    def flush(self):
        super().flush()
        if self.fp:
            self.fp.flush()

    def readable(self):
        return True

    def isclosed(self):
        return self.fp is None

    def _exactly(self, amount):
        data = self.fp.read(amount)
        if len(data) < amount:
            raise IncompleteRead(data, amount - len(data))
        return data

    def read(self, amt=None):
        """The body, or at most amt bytes of it; b'' at its end."""
        if self.fp is None:
            return b''
        if self._method == 'HEAD':
            self._close_conn()
            return b''
        if self.chunked:
            return self._read_chunked(amt)
        if amt is None:
            if self.length is None:
                data = self.fp.read()
            else:
                try:
                    data = self._exactly(self.length)
                except IncompleteRead:
                    self._close_conn()
                    raise
                self.length = 0
            self._close_conn()
            return data
        if self.length is not None:
            amt = min(amt, self.length)
        data = self.fp.read(amt)
        if not data and amt:
            self._close_conn()
        elif self.length is not None:
            self.length -= len(data)
            if not self.length:
                self._close_conn()
        return data

    def _chunk_size(self):
        line = _read_line(self.fp, 'chunk size')
        try:
            return int(line.split(b';', 1)[0], 16)
        except ValueError:
            self._close_conn()
            raise

    def _read_chunked(self, amt):
        pieces = []
        while amt is None or amt > 0:
            if not self.chunk_left:
                if self.chunk_left is not None:
                    self._exactly(2)
                self.chunk_left = self._chunk_size()
                if self.chunk_left == 0:
                    while _read_line(self.fp, 'trailer line') not in (b'\r\n', b'\n', b''):
                        pass
                    self._close_conn()
                    break
            take = self.chunk_left if amt is None else min(amt, self.chunk_left)
            try:
                pieces.append(self._exactly(take))
            except IncompleteRead as exc:
                raise IncompleteRead(b''.join(pieces) + exc.partial) from None
            self.chunk_left -= take
            if amt is not None:
                amt -= take
        return b''.join(pieces)

    def readline(self, limit=-1):
        if self.fp is None or self._method == 'HEAD':
            return b''
        if self.chunked:
            return super().readline(limit)
        if self.length is not None and (limit < 0 or limit > self.length):
            limit = self.length
        line = self.fp.readline(limit)
        if not line and limit:
            self._close_conn()
        elif self.length is not None:
            self.length -= len(line)
        return line

    def peek(self, n=-1):
        raise NotImplementedError('http.client.HTTPResponse.peek is not available in '
                                  'closured')

    def fileno(self):
        return self.fp.fileno()

    def getheader(self, name, default=None):
        """The header's values joined by ', ', or default."""
        if self.headers is None:
            raise ResponseNotReady()
        values = self.headers.get_all(name) or default
        if isinstance(values, str) or not hasattr(values, '__iter__'):
            return values
        return ', '.join(values)

    def getheaders(self):
        if self.headers is None:
            raise ResponseNotReady()
        return list(self.headers.items())

    def __iter__(self):
        return self

    def info(self):
        return self.headers

    def geturl(self):
        return self.url

    def getcode(self):
        return self.status


def _refuse(host):
    raise PermissionError('closured opens no connection: connecting to %r is not available'
                          % (host,))


class HTTPConnection:
    """A connection to host:port in CPython; here only its address: every use that
    would open it raises PermissionError."""

    default_port = HTTP_PORT
    response_class = HTTPResponse
    _http_vsn, _http_vsn_str = 11, 'HTTP/1.1'
    auto_open = 1
    debuglevel = 0

    def __init__(self, host, port=None, timeout=None, source_address=None, blocksize=8192):
        import socket
        self.timeout = socket._GLOBAL_DEFAULT_TIMEOUT if timeout is None else timeout
        self.source_address = source_address
        self.blocksize = blocksize
        self.sock = None
        self._tunnel_host = self._tunnel_port = None
        self._tunnel_headers = {}
        self.host, self.port = self._get_hostport(host, port)

    def _get_hostport(self, host, port):
        if port is None:
            colon, bracket = host.rfind(':'), host.rfind(']')
            if colon > bracket:
                digits = host[colon + 1:]
                host = host[:colon]
                if digits:
                    if not digits.isdigit():
                        raise InvalidURL("nonnumeric port: '%s'" % digits)
                    port = int(digits)
            if port is None:
                port = self.default_port
        if host[:1] == '[' and host[-1:] == ']':
            host = host[1:-1]
        return host, port

    def set_debuglevel(self, level):
        self.debuglevel = level

    def set_tunnel(self, host, port=None, headers=None):
        if self.sock:
            raise RuntimeError("Can't set up tunnel for established connection")
        self._tunnel_host, self._tunnel_port = self._get_hostport(host, port)
        self._tunnel_headers = dict(headers or {})

    def connect(self):
        _refuse('%s:%s' % (self.host, self.port))

    def close(self):
        self.sock = None

    def send(self, data):
        self.connect()

    def putrequest(self, method, url, skip_host=False, skip_accept_encoding=False):
        self.connect()

    def putheader(self, header, *values):
        raise CannotSendHeader()

    def endheaders(self, message_body=None, *, encode_chunked=False):
        raise CannotSendHeader()

    def request(self, method, url, body=None, headers={}, *, encode_chunked=False):
        self.connect()

    def getresponse(self):
        raise ResponseNotReady('Idle')


class HTTPSConnection(HTTPConnection):
    """HTTPConnection's counterpart for TLS (refused alike)."""

    default_port = HTTPS_PORT

    def __init__(self, host, port=None, key_file=None, cert_file=None, timeout=None,
                 source_address=None, *, context=None, check_hostname=None, blocksize=8192):
        super().__init__(host, port, timeout, source_address, blocksize=blocksize)
        self.key_file, self.cert_file = key_file, cert_file
        self._context = context
