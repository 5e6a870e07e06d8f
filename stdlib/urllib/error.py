"""urllib.error for closured: the exceptions urllib.request raises in CPython (URLError,
HTTPError, ContentTooShortError), for programs that catch or raise them."""

__all__ = ['URLError', 'HTTPError', 'ContentTooShortError']


class URLError(OSError):
    """A URL could not be opened; reason says why."""

    def __init__(self, reason, filename=None):
        self.args = (reason,)
        self.reason = reason
        if filename is not None:
            self.filename = filename

    def __str__(self):
        return '<urlopen error %s>' % (self.reason,)


class HTTPError(URLError):
    """An HTTP answer with an error status: code, msg, hdrs (headers) and fp (the body)."""

    def __init__(self, url, code, msg, hdrs, fp):
        self.url, self.code, self.msg, self.hdrs, self.fp = url, code, msg, hdrs, fp
        self.filename = url

    def __str__(self):
        return 'HTTP Error %s: %s' % (self.code, self.msg)

    def __repr__(self):
        return '<HTTPError %s: %r>' % (self.code, self.msg)

    @property
    def reason(self):
        """The status message (msg), as URLError's reason."""
        return self.msg

    @property
    def headers(self):
        """The answer's headers (hdrs)."""
        return self.hdrs

    @headers.setter
    def headers(self, value):
        self.hdrs = value

    def getcode(self):
        return self.code

    def geturl(self):
        return self.url

    def info(self):
        return self.hdrs


class ContentTooShortError(URLError):
    """A download ended before the length its headers announced; content is what came."""

    def __init__(self, message, content):
        URLError.__init__(self, message)
        self.content = content
