"""xml.sax for closured: the SAX interfaces (handler, xmlreader, saxutils)
and SAXException. No SAX parser driver is built in: make_parser and parse
raise SAXReaderNotAvailable; code drives handlers from xml.parsers.expat."""

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
    def __init__(self, msg, exception, locator):
        SAXException.__init__(self, msg, exception)
        self._locator = locator


class SAXNotRecognizedException(SAXException):
    pass


class SAXNotSupportedException(SAXException):
    pass


class SAXReaderNotAvailable(SAXNotSupportedException):
    pass


def make_parser(parser_list=()):
    raise SAXReaderNotAvailable('No parsers found', None)
