"""xml.sax.expatreader for closured: ExpatParser, the SAX driver over
xml.parsers.expat that xml.sax.make_parser answers. It reports a document
to its ContentHandler (elements, with or without namespaces, characters,
processing instructions, prefix mappings), comments to a LexicalHandler
set as the lexical-handler property, and errors to its ErrorHandler as
SAXParseException. No external entity is ever read (closured opens no
file): a system id names a document, it does not fetch one."""

from xml.parsers import expat
from xml.sax import handler, xmlreader, SAXParseException, SAXNotRecognizedException
from xml.sax import SAXNotSupportedException
from xml.sax.xmlreader import AttributesImpl, AttributesNSImpl

AttributesImpl = AttributesImpl  # (CPython's module offers these names too)


class ExpatLocator(xmlreader.Locator):
    """Where the parser is, for the ContentHandler's setDocumentLocator."""

    def __init__(self, reader):
        self._reader = reader

    def getColumnNumber(self):
        parser = self._reader._parser
        return None if parser is None else parser.ErrorColumnNumber

    def getLineNumber(self):
        parser = self._reader._parser
        return 1 if parser is None else parser.ErrorLineNumber

    def getPublicId(self):
        source = self._reader._source
        return None if source is None else source.getPublicId()

    def getSystemId(self):
        source = self._reader._source
        return None if source is None else source.getSystemId()


class ExpatParser(xmlreader.IncrementalParser, xmlreader.Locator):
    """A SAX parser over expat: parse(source), or feed() pieces and close()."""

    def __init__(self, namespaceHandling=0, bufsize=2 ** 16 - 20):
        xmlreader.IncrementalParser.__init__(self, bufsize)
        self._source = xmlreader.InputSource()
        self._parser = None
        self._namespaces = namespaceHandling
        self._lex_handler_prop = None
        self._parsing = False

    def parse(self, source):
        if isinstance(source, str):
            source = xmlreader.InputSource(source)
        elif not isinstance(source, xmlreader.InputSource):
            stream, source = source, xmlreader.InputSource()
            source.setByteStream(stream)
        self._source = source
        self.reset()
        self._cont_handler.setDocumentLocator(ExpatLocator(self))
        xmlreader.IncrementalParser.parse(self, source)

    def prepareParser(self, source):
        self._source = source

    def setContentHandler(self, handler_):
        xmlreader.IncrementalParser.setContentHandler(self, handler_)
        if self._parsing:
            self._wire()

    def getFeature(self, name):
        if name == handler.feature_namespaces:
            return self._namespaces
        if name in (handler.feature_string_interning, handler.feature_validation,
                    handler.feature_external_ges, handler.feature_external_pes,
                    handler.feature_namespace_prefixes):
            return 0
        raise SAXNotRecognizedException("Feature '%s' not recognized" % name)

    def setFeature(self, name, state):
        if self._parsing:
            raise SAXNotSupportedException("Cannot set features while parsing")
        refusals = {handler.feature_validation: "expat does not support validation",
                    handler.feature_external_pes:
                        "expat does not read external parameter entities",
                    handler.feature_namespace_prefixes:
                        "expat does not report namespace prefixes"}
        if name == handler.feature_namespaces:
            self._namespaces = state
        elif name in refusals:
            if state:
                raise SAXNotSupportedException(refusals[name])
        elif name not in (handler.feature_external_ges, handler.feature_string_interning):
            raise SAXNotRecognizedException("Feature '%s' not recognized" % name)

    def getProperty(self, name):
        if name == handler.property_lexical_handler:
            return self._lex_handler_prop
        raise SAXNotRecognizedException("Property '%s' not recognized" % name)

    def setProperty(self, name, value):
        if name != handler.property_lexical_handler:
            raise SAXNotRecognizedException("Property '%s' not recognized" % name)
        self._lex_handler_prop = value
        if self._parsing:
            self._wire()

    def feed(self, data, isFinal=False):
        if not self._parsing:
            self.reset()
            self._parsing = True
            self._cont_handler.startDocument()
        try:
            self._parser.Parse(data, isFinal)
        except expat.error as e:
            self._err_handler.fatalError(SAXParseException(expat.ErrorString(e.code), e, self))

    def close(self):
        if self._parser is None or not self._parsing:
            return
        try:
            self.feed(b'', isFinal=True)
            self._cont_handler.endDocument()
        finally:
            self._parsing = False
            self._parser = None

    def reset(self):
        if self._namespaces:
            self._parser = expat.ParserCreate(self._source.getEncoding(), ' ')
        else:
            self._parser = expat.ParserCreate(self._source.getEncoding())
        self._wire()
        self._parsing = False

    def _wire(self):
        p, content = self._parser, self._cont_handler
        if self._namespaces:
            p.StartElementHandler, p.EndElementHandler = self.start_element_ns, self.end_element_ns
            p.StartNamespaceDeclHandler = self.start_namespace_decl
            p.EndNamespaceDeclHandler = self.end_namespace_decl
        else:
            p.StartElementHandler, p.EndElementHandler = self.start_element, self.end_element
        p.ProcessingInstructionHandler = content.processingInstruction
        p.CharacterDataHandler = content.characters
        p.UnparsedEntityDeclHandler = self.unparsed_entity_decl
        p.NotationDeclHandler = self.notation_decl
        lexical = self._lex_handler_prop
        p.CommentHandler = lexical.comment if lexical is not None else None
        p.StartCdataSectionHandler = lexical.startCDATA if lexical is not None else None
        p.EndCdataSectionHandler = lexical.endCDATA if lexical is not None else None

    # Locator: the position of the event being reported.
    def getColumnNumber(self):
        return None if self._parser is None else self._parser.ErrorColumnNumber

    def getLineNumber(self):
        return 1 if self._parser is None else self._parser.ErrorLineNumber

    def getPublicId(self):
        return self._source.getPublicId()

    def getSystemId(self):
        return self._source.getSystemId()

    # expat's events, as SAX's.
    def start_element(self, name, attrs):
        self._cont_handler.startElement(name, AttributesImpl(attrs))

    def end_element(self, name):
        self._cont_handler.endElement(name)

    @staticmethod
    def _split(name):
        uri, sep, local = name.rpartition(' ')
        return (uri, local) if sep else (None, name)

    def start_element_ns(self, name, attrs):
        values, qnames = {}, {}
        for raw, value in attrs.items():
            key = self._split(raw)
            values[key] = value
            qnames[key] = key[1]
        self._cont_handler.startElementNS(self._split(name), None,
                                          AttributesNSImpl(values, qnames))

    def end_element_ns(self, name):
        self._cont_handler.endElementNS(self._split(name), None)

    def start_namespace_decl(self, prefix, uri):
        self._cont_handler.startPrefixMapping(prefix, uri)

    def end_namespace_decl(self, prefix):
        self._cont_handler.endPrefixMapping(prefix)

    def unparsed_entity_decl(self, name, base, sysid, pubid, notation_name):
        self._dtd_handler.unparsedEntityDecl(name, pubid, sysid, notation_name)

    def notation_decl(self, name, base, sysid, pubid):
        self._dtd_handler.notationDecl(name, pubid, sysid)


def create_parser(*args, **kwargs):
    return ExpatParser(*args, **kwargs)
