"""xml.sax for closured: the SAX interfaces (handler, xmlreader, saxutils),
SAXException and its kinds, and make_parser, parse and parseString over the
expat driver (xml.sax.expatreader)."""

from xml.sax.handler import ContentHandler, ErrorHandler
from xml.sax.xmlreader import InputSource


class SAXException(Exception):
    def __init__(self, msg, exception=None):
        self._msg = msg
        self._exception = exception
        Exception.__init__(self, msg)

    def getMessage(self):
        return self._msg

    def getException(self):
        return self._exception

    def __str__(self):
        return self._msg


class SAXParseException(SAXException):
    """A parse error, with where it happened (read from the locator when made)."""

    def __init__(self, msg, exception, locator):
        SAXException.__init__(self, msg, exception)
        self._locator = locator
        self._systemId = locator.getSystemId()
        self._colnum = locator.getColumnNumber()
        self._linenum = locator.getLineNumber()

    def getColumnNumber(self):
        return self._colnum

    def getLineNumber(self):
        return self._linenum

    def getPublicId(self):
        return self._locator.getPublicId()

    def getSystemId(self):
        return self._systemId

    def __str__(self):
        where = self._systemId if self._systemId is not None else "<unknown>"
        line = self._linenum if self._linenum is not None else "?"
        col = self._colnum if self._colnum is not None else "?"
        return "%s:%s:%s: %s" % (where, line, col, self._msg)


class SAXNotRecognizedException(SAXException):
    pass


class SAXNotSupportedException(SAXException):
    pass


class SAXReaderNotAvailable(SAXNotSupportedException):
    pass


def make_parser(parser_list=()):
    """A new SAX parser: the expat driver (the names in parser_list are tried
    first, as modules with create_parser)."""
    import importlib
    for name in list(parser_list) + ['xml.sax.expatreader']:
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        if hasattr(module, 'create_parser'):
            return module.create_parser()
    raise SAXReaderNotAvailable('No parsers found', None)


def parse(source, handler, errorHandler=ErrorHandler()):
    """Parses source (a stream, or an InputSource) reporting to handler."""
    parser = make_parser()
    parser.setContentHandler(handler)
    parser.setErrorHandler(errorHandler)
    parser.parse(source)


def parseString(string, handler, errorHandler=ErrorHandler()):
    """Parses string (str or bytes) reporting to handler."""
    import io
    from xml.sax.xmlreader import InputSource
    source = InputSource()
    if isinstance(string, str):
        source.setCharacterStream(io.StringIO(string))
    else:
        source.setByteStream(io.BytesIO(string))
    parse(source, handler, errorHandler)
