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
    """A Parser that stops after the headers, whatever headersonly says: the rest of the
    message is the payload, as text."""

    def parsestr(self, text, headersonly=True):
        return super().parsestr(text, headersonly=True)

    def parse(self, fp, headersonly=True):
        return super().parse(fp, headersonly=True)


class BytesParser:
    """Parses binary messages (bytes outside ASCII kept as surrogate escapes)."""

    def __init__(self, *args, **kw):
        self.parser = Parser(*args, **kw)

    def parsebytes(self, text, headersonly=False):
        # Bytes beyond ASCII become surrogate escapes, which BytesGenerator writes back.
        return self.parser.parsestr(text.decode('ASCII', errors='surrogateescape'),
                                    headersonly)

    def parse(self, fp, headersonly=False):
        return self.parsebytes(fp.read(), headersonly)


class BytesHeaderParser(BytesParser):
    """A BytesParser that stops after the headers, whatever headersonly says."""

    def parsebytes(self, text, headersonly=True):
        return super().parsebytes(text, headersonly=True)

    def parse(self, fp, headersonly=True):
        return super().parse(fp, headersonly=True)
