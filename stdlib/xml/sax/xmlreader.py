"""xml.sax.xmlreader for closured: the attribute collections SAX handlers
receive (AttributesImpl, AttributesNSImpl), the parser interfaces (XMLReader,
IncrementalParser, Locator) and InputSource, the description of a document to
parse (from a stream: closured opens no file)."""


class XMLReader:
    """A SAX parser's interface: the handlers it reports to, its features and
    properties, and parse(source) (the subclass's)."""

    def __init__(self):
        from xml.sax import handler
        self._cont_handler = handler.ContentHandler()
        self._dtd_handler = handler.DTDHandler()
        self._ent_handler = handler.EntityResolver()
        self._err_handler = handler.ErrorHandler()

    def parse(self, source):
        raise NotImplementedError("This method must be implemented!")

    def getContentHandler(self):
        return self._cont_handler

    def setContentHandler(self, handler):
        self._cont_handler = handler

    def getDTDHandler(self):
        return self._dtd_handler

    def setDTDHandler(self, handler):
        self._dtd_handler = handler

    def getEntityResolver(self):
        return self._ent_handler

    def setEntityResolver(self, resolver):
        self._ent_handler = resolver

    def getErrorHandler(self):
        return self._err_handler

    def setErrorHandler(self, handler):
        self._err_handler = handler

    def setLocale(self, locale):
        from xml.sax import SAXNotSupportedException
        raise SAXNotSupportedException("Locale support not implemented")

    def getFeature(self, name):
        from xml.sax import SAXNotRecognizedException
        raise SAXNotRecognizedException("Feature '%s' not recognized" % name)

    def setFeature(self, name, state):
        from xml.sax import SAXNotRecognizedException
        raise SAXNotRecognizedException("Feature '%s' not recognized" % name)

    def getProperty(self, name):
        from xml.sax import SAXNotRecognizedException
        raise SAXNotRecognizedException("Property '%s' not recognized" % name)

    def setProperty(self, name, value):
        from xml.sax import SAXNotRecognizedException
        raise SAXNotRecognizedException("Property '%s' not recognized" % name)


class IncrementalParser(XMLReader):
    """An XMLReader fed in pieces: parse(source) reads the source's stream in
    chunks of bufsize and feeds them, then closes."""

    def __init__(self, bufsize=2 ** 16):
        self._bufsize = bufsize
        XMLReader.__init__(self)

    def parse(self, source):
        self.prepareParser(source)
        stream = source.getCharacterStream()
        if stream is None:
            stream = source.getByteStream()
        if stream is None:
            raise OSError("closured opens no file: cannot read %r" % (source.getSystemId(),))
        while True:
            chunk = stream.read(self._bufsize)
            if not chunk:
                break
            self.feed(chunk)
        self.close()

    def feed(self, data):
        raise NotImplementedError("This method must be implemented!")

    def prepareParser(self, source):
        raise NotImplementedError("prepareParser must be overridden!")

    def close(self):
        raise NotImplementedError("This method must be implemented!")

    def reset(self):
        raise NotImplementedError("This method must be implemented!")


class Locator:
    """Where a parser is in its document; unknown here (None, -1)."""

    def getColumnNumber(self):
        return -1

    def getLineNumber(self):
        return -1

    def getPublicId(self):
        return None

    def getSystemId(self):
        return None


class InputSource:
    """Where a document comes from: its system and public ids, its encoding,
    and a byte stream or a character stream to read it from."""

    def __init__(self, system_id=None):
        self.__system_id = system_id
        self.__public_id = None
        self.__encoding = None
        self.__bytes = None
        self.__chars = None

    def getSystemId(self):
        return self.__system_id

    def setSystemId(self, system_id):
        self.__system_id = system_id

    def getPublicId(self):
        return self.__public_id

    def setPublicId(self, public_id):
        self.__public_id = public_id

    def getEncoding(self):
        return self.__encoding

    def setEncoding(self, encoding):
        self.__encoding = encoding

    def getByteStream(self):
        return self.__bytes

    def setByteStream(self, stream):
        self.__bytes = stream

    def getCharacterStream(self):
        return self.__chars

    def setCharacterStream(self, stream):
        self.__chars = stream


def _checked(attrs, name):
    # without namespaces an attribute's name is its qualified name: known or KeyError
    if name not in attrs:
        raise KeyError(name)
    return name


def _name_of_qname(qnames, wanted):
    # the (namespace, local name) whose qualified name is wanted
    for name, qname in qnames.items():
        if qname == wanted:
            return name
    raise KeyError(wanted)


class AttributesImpl:
    """Attribute values by name, read like a dict (every value is of type CDATA)."""

    def __init__(self, attrs):
        self._attrs = attrs

    def copy(self):
        return self.__class__(self._attrs)

    # ---- as a read-only dict

    def __contains__(self, name):
        return name in self._attrs

    def __getitem__(self, name):
        return self._attrs[name]

    def __len__(self):
        return len(self._attrs)

    def get(self, name, alternative=None):
        return self._attrs.get(name, alternative)

    def keys(self):
        return list(self._attrs)

    def values(self):
        return list(self._attrs.values())

    def items(self):
        return list(self._attrs.items())

    # ---- the SAX interface's names

    def getType(self, name):
        return 'CDATA'

    def getLength(self):
        return len(self._attrs)

    def getNames(self):
        return list(self._attrs)

    def getValue(self, name):
        return self._attrs[name]

    def getQNames(self):
        return list(self._attrs)

    def getValueByQName(self, name):
        return self._attrs[name]

    def getNameByQName(self, name):
        return _checked(self._attrs, name)

    def getQNameByName(self, name):
        return _checked(self._attrs, name)


class AttributesNSImpl(AttributesImpl):
    """Attributes keyed by (namespace, local name), with their qualified names."""

    def __init__(self, attrs, qnames):
        self._attrs = attrs
        self._qnames = qnames

    def copy(self):
        return self.__class__(self._attrs, self._qnames)

    def getQNames(self):
        return list(self._qnames.values())

    def getQNameByName(self, name):
        return self._qnames[name]

    def getNameByQName(self, name):
        return _name_of_qname(self._qnames, name)

    def getValueByQName(self, name):
        return self._attrs[_name_of_qname(self._qnames, name)]
