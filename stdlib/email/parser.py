"""email.parser for closured: Parser and BytesParser read a whole message from a stream
or a string through email.feedparser; HeaderParser and BytesHeaderParser read only the
headers, keeping the rest as the payload text."""

from io import StringIO

from email._policybase import compat32
from email.feedparser import FeedParser

__all__ = ['Parser', 'HeaderParser', 'BytesParser', 'BytesHeaderParser', 'FeedParser',
           'BytesFeedParser']

from email.feedparser import BytesFeedParser


class Parser:
    """Parses text messages into _class objects (the policy's message_factory or
    Message by default)."""

    def __init__(self, _class=None, *, policy=compat32):
        self._class = _class
        self.policy = policy

    def parse(self, fp, headersonly=False):
        """The message read from the text stream fp."""
        feeder = FeedParser(self._class, policy=self.policy)
        if headersonly:
            feeder._set_headersonly()
        while True:
            chunk = fp.read(8192)
            if not chunk:
                break
            feeder.feed(chunk)
        return feeder.close()

    def parsestr(self, text, headersonly=False):
        """The message read from the string text."""
        return self.parse(StringIO(text), headersonly=headersonly)


class HeaderParser(Parser):
    def parse(self, fp, headersonly=True):
        return Parser.parse(self, fp, True)

    def parsestr(self, text, headersonly=True):
        return Parser.parsestr(self, text, True)


class BytesParser:
    """Parses binary messages (bytes outside ASCII kept as surrogate escapes)."""

    def __init__(self, *args, **kw):
        self.parser = Parser(*args, **kw)

    def parse(self, fp, headersonly=False):
        return self.parsebytes(fp.read(), headersonly)

    def parsebytes(self, text, headersonly=False):
        text = text.decode('ASCII', errors='surrogateescape')
        return self.parser.parsestr(text, headersonly)


class BytesHeaderParser(BytesParser):
    def parse(self, fp, headersonly=True):
        return BytesParser.parse(self, fp, headersonly=True)

    def parsebytes(self, text, headersonly=True):
        return BytesParser.parsebytes(self, text, headersonly=True)
