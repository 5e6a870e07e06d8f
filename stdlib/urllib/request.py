"""urllib.request for closured: the parts that need no network. Request objects (URL
parts, headers, data and method as CPython keeps them), pathname2url/url2pathname,
parse_http_list/parse_keqv_list, getproxies from the environment, and the handler and
opener classes for programs that subclass them. closured reaches no network, as pathlib
reaches no file: opening anything (urlopen, urlretrieve, OpenerDirector.open) raises
PermissionError."""

import os
import re
from urllib.error import URLError, HTTPError, ContentTooShortError
from urllib.parse import quote, unquote, urlparse, urlsplit

__all__ = ['Request', 'OpenerDirector', 'BaseHandler', 'HTTPDefaultErrorHandler',
           'HTTPRedirectHandler', 'HTTPCookieProcessor', 'ProxyHandler', 'HTTPHandler',
           'HTTPSHandler', 'HTTPErrorProcessor', 'UnknownHandler', 'urlopen', 'install_opener',
           'build_opener', 'pathname2url', 'url2pathname', 'getproxies', 'urlretrieve',
           'parse_http_list', 'parse_keqv_list', 'URLError', 'HTTPError',
           'ContentTooShortError', 'HTTPPasswordMgr', 'HTTPPasswordMgrWithDefaultRealm',
           'AbstractBasicAuthHandler', 'HTTPBasicAuthHandler', 'ProxyBasicAuthHandler',
           'AbstractDigestAuthHandler', 'HTTPDigestAuthHandler', 'ProxyDigestAuthHandler']

_SCHEME = re.compile('([^/:]+):(.*)', re.DOTALL)
_AUTHORITY = re.compile('//([^/#?]*)(.*)', re.DOTALL)
_PORT = re.compile(r':\d+$', re.ASCII)


def _refuse(what):
    raise PermissionError('closured opens no connection: %s is not available' % what)


def _bare_url(url):
    """url without spaces around it, '<...>' brackets or a 'URL:' prefix."""
    url = str(url).strip()
    if url[:1] == '<' and url[-1:] == '>':
        url = url[1:-1].strip()
    if url[:4] == 'URL:':
        url = url[4:].strip()
    return url


def request_host(request):
    """The host a request goes to: lowercase, without its port."""
    host = urlparse(request.full_url)[1] or request.get_header('Host', '')
    return _PORT.sub('', host, 1).lower()


class Request:
    """A request for a URL: its parts (type, host, selector, fragment), data, headers
    (names capitalized as CPython stores them) and method."""

    def __init__(self, url, data=None, headers={}, origin_req_host=None, unverifiable=False,
                 method=None):
        self.full_url = url
        self.headers, self.unredirected_hdrs = {}, {}
        self._data = None  # so that the data setter sees any data as new
        self.data = data
        self._tunnel_host = None
        for name, value in headers.items():
            self.add_header(name, value)
        self.origin_req_host = request_host(self) if origin_req_host is None else origin_req_host
        self.unverifiable = unverifiable
        if method:  # else get_method() answers by the data
            self.method = method

    @property
    def full_url(self):
        if self.fragment:
            return '%s#%s' % (self._full_url, self.fragment)
        return self._full_url

    @full_url.setter
    def full_url(self, url):
        url, hash_mark, fragment = _bare_url(url).rpartition('#')
        if not hash_mark:
            url, fragment = fragment, None
        self._full_url, self.fragment = url, fragment
        scheme = _SCHEME.match(self._full_url)
        if scheme is None:
            raise ValueError('unknown url type: %r' % self.full_url)
        self.type = scheme.group(1).lower()
        rest = scheme.group(2)
        authority = _AUTHORITY.match(rest)
        if authority is None:
            self.host, self.selector = None, rest
        else:
            self.host, self.selector = authority.groups()
            if self.selector and self.selector[0] != '/':
                self.selector = '/' + self.selector
        if self.host:
            self.host = unquote(self.host)

    @full_url.deleter
    def full_url(self):
        self._full_url = self.fragment = self.selector = None

    @property
    def data(self):
        """The request's body, or None."""
        return self._data

    @data.setter
    def data(self, data):
        # A new body makes a Content-length header stored for the old one wrong.
        if data != self._data:
            self._data = data
            self.remove_header('Content-length')

    @data.deleter
    def data(self):
        self.data = None

    def get_method(self):
        return getattr(self, 'method', 'GET' if self.data is None else 'POST')

    def get_full_url(self):
        return self.full_url

    def set_proxy(self, host, type):
        """Sends the request by the proxy at host: an https request tunnels to its own
        host through it, others ask it for the full URL."""
        if self.type == 'https' and not self._tunnel_host:
            self._tunnel_host = self.host
        else:
            self.type, self.selector = type, self.full_url
        self.host = host

    def has_proxy(self):
        return self.selector == self.full_url

    def add_header(self, key, val):
        self.headers[key.capitalize()] = val

    def add_unredirected_header(self, key, val):
        self.unredirected_hdrs[key.capitalize()] = val

    def has_header(self, header_name):
        return header_name in self.headers or header_name in self.unredirected_hdrs

    def get_header(self, header_name, default=None):
        if header_name in self.headers:
            return self.headers[header_name]
        return self.unredirected_hdrs.get(header_name, default)

    def remove_header(self, header_name):
        for table in (self.headers, self.unredirected_hdrs):
            table.pop(header_name, None)

    def header_items(self):
        merged = dict(self.unredirected_hdrs)
        merged.update(self.headers)
        return list(merged.items())


class BaseHandler:
    """A handler an opener chains (subclassed by programs; nothing is ever opened)."""

    handler_order = 500

    def add_parent(self, parent):
        self.parent = parent

    def close(self):
        pass

    def __lt__(self, other):
        if not hasattr(other, 'handler_order'):
            return True
        return self.handler_order < other.handler_order


class HTTPDefaultErrorHandler(BaseHandler):
    pass


class HTTPRedirectHandler(BaseHandler):
    max_repeats = 4
    max_redirections = 10


class HTTPCookieProcessor(BaseHandler):
    def __init__(self, cookiejar=None):
        self.cookiejar = cookiejar


class ProxyHandler(BaseHandler):
    handler_order = 100

    def __init__(self, proxies=None):
        self.proxies = getproxies() if proxies is None else proxies


class HTTPHandler(BaseHandler):
    pass


class HTTPSHandler(BaseHandler):
    pass


class HTTPErrorProcessor(BaseHandler):
    handler_order = 1000


class UnknownHandler(BaseHandler):
    pass


class HTTPPasswordMgr:
    """User names and passwords by realm and URL: a URL matches a stored one
    when it has the same host and port and its path lies under the stored path."""

    def __init__(self):
        self.passwd = {}

    def _key(self, uri, default_port=True):
        if '://' not in uri:
            return uri, '/'  # a bare authority: every path under it
        parts = urlsplit(uri)
        authority = parts.netloc
        port = {'http': 80, 'https': 443}.get(parts.scheme)
        if default_port and port is not None and parts.port is None:
            authority = '%s:%d' % (authority, port)
        return authority, parts.path or '/'

    def add_password(self, realm, uri, user, passwd):
        uris = [uri] if isinstance(uri, str) else list(uri)
        table = self.passwd.setdefault(realm, {})
        for default_port in (True, False):
            keys = tuple(self._key(u, default_port) for u in uris)
            table[keys] = (user, passwd)

    def find_user_password(self, realm, authuri):
        wanted = [self._key(authuri, d) for d in (True, False)]
        for keys, pair in self.passwd.get(realm, {}).items():
            for host, path in keys:
                for want_host, want_path in wanted:
                    if want_host == host and (want_path == path or want_path.startswith(
                            path.rstrip('/') + '/') or path == '/'):
                        return pair
        return None, None


class HTTPPasswordMgrWithDefaultRealm(HTTPPasswordMgr):
    """HTTPPasswordMgr that falls back on the passwords stored for realm None."""

    def find_user_password(self, realm, authuri):
        user, password = HTTPPasswordMgr.find_user_password(self, realm, authuri)
        if user is not None:
            return user, password
        return HTTPPasswordMgr.find_user_password(self, None, authuri)


class _AuthHandler:
    """What the authentication handlers share: their password manager (nothing
    is ever opened here, so no server asks them for credentials). The HTTP and
    proxy handlers are BaseHandlers too, in CPython's order of bases."""

    def __init__(self, password_mgr=None):
        self.passwd = HTTPPasswordMgr() if password_mgr is None else password_mgr
        self.add_password = self.passwd.add_password


class AbstractBasicAuthHandler(_AuthHandler):
    pass


class HTTPBasicAuthHandler(AbstractBasicAuthHandler, BaseHandler):
    auth_header = 'Authorization'


class ProxyBasicAuthHandler(AbstractBasicAuthHandler, BaseHandler):
    auth_header = 'Proxy-Authorization'


class AbstractDigestAuthHandler(_AuthHandler):
    pass


class HTTPDigestAuthHandler(BaseHandler, AbstractDigestAuthHandler):
    auth_header = 'Authorization'
    handler_order = 490


class ProxyDigestAuthHandler(BaseHandler, AbstractDigestAuthHandler):
    auth_header = 'Proxy-Authorization'
    handler_order = 490


class OpenerDirector:
    """Holds handlers in order; open() is refused."""

    def __init__(self):
        self.addheaders = [('User-agent', 'Python-urllib/3.11')]
        self.handlers = []

    def add_handler(self, handler):
        if handler not in self.handlers:
            self.handlers.append(handler)
            self.handlers.sort()
            handler.add_parent(self)

    def open(self, fullurl, data=None, timeout=None):
        _refuse('opening %r' % (fullurl if isinstance(fullurl, str) else fullurl.full_url))

    def close(self):
        self.handlers = []


_opener = None


def build_opener(*handlers):
    """An OpenerDirector with the default handlers, replaced by any of the same class."""
    opener = OpenerDirector()
    defaults = [ProxyHandler, UnknownHandler, HTTPHandler, HTTPDefaultErrorHandler,
                HTTPRedirectHandler, HTTPErrorProcessor, HTTPSHandler]
    for default in defaults:
        if not any(h is default or isinstance(h, default) or
                   (isinstance(h, type) and issubclass(h, default)) for h in handlers):
            opener.add_handler(default())
    for handler in handlers:
        opener.add_handler(handler() if isinstance(handler, type) else handler)
    return opener


def install_opener(opener):
    global _opener
    _opener = opener


def urlopen(url, data=None, timeout=None, *, cafile=None, capath=None, cadefault=False,
            context=None):
    _refuse('opening %r' % (url if isinstance(url, str) else url.full_url))


def urlretrieve(url, filename=None, reporthook=None, data=None):
    _refuse('opening %r' % (url,))


def pathname2url(pathname):
    """A local path as the path of a file: URL (percent-quoted)."""
    return quote(pathname)


def url2pathname(pathname):
    """The local path a file: URL's path names (percent-unquoted)."""
    return unquote(pathname)


def getproxies():
    """The proxies the environment names (scheme_proxy variables, lowercase winning)."""
    found = {}
    names = sorted(os.environ, key=lambda name: name != name.upper())
    for name in names:
        value = os.environ[name]
        if value and name.lower().endswith('_proxy'):
            found[name[:-6].lower()] = value
    if 'REQUEST_METHOD' in os.environ:
        found.pop('http', None)
    return found


def parse_http_list(s):
    """The comma-separated items of an HTTP header value, commas inside quotes kept."""
    items, part, quoted, escaped = [], '', False, False
    for ch in s:
        if escaped:
            part += ch
            escaped = False
        elif quoted and ch == '\\':
            escaped = True
        elif ch == '"':
            part += ch
            quoted = not quoted
        elif ch == ',' and not quoted:
            items.append(part)
            part = ''
        else:
            part += ch
    items.append(part)
    return [item.strip() for item in items if item.strip()]


def parse_keqv_list(l):
    """A dict of 'key=value' strings, quotes around a value removed."""
    parsed = {}
    for element in l:
        key, value = element.split('=', 1)
        if value[:1] == '"' and value[-1:] == '"':
            value = value[1:-1]
        parsed[key] = value
    return parsed
