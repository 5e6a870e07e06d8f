"""xml.sax.xmlreader for closured: the attribute collections SAX handlers
receive (AttributesImpl, AttributesNSImpl) and InputSource, the description of
a document to parse (odfpy builds them; closured has no SAX parser to read
one: xml.sax.make_parser raises SAXReaderNotAvailable)."""


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
