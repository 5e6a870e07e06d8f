"""xml.sax.saxutils for closured: escaping of text and attribute values,
and XMLGenerator, a ContentHandler that writes the XML it is told about."""

import codecs as _codecs
import io as _io
from xml.sax import handler

_XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace'
# Characters an attribute value must carry as references to survive
# attribute-value normalisation.
_ATTRIBUTE_WHITESPACE = {'\n': '&#10;', '\r': '&#13;', '\t': '&#9;'}


def _substitute(text, table):
    """text with every key of table replaced by its value, key after key."""
    for old in table:
        text = text.replace(old, table[old])
    return text


def escape(data, entities={}):
    """&, < and > as references, and the keys of entities by their values."""
    # '&' goes first, or the references made below would be escaped again.
    for char, ref in (('&', '&amp;'), ('>', '&gt;'), ('<', '&lt;')):
        data = data.replace(char, ref)
    return _substitute(data, entities) if entities else data


def unescape(data, entities={}):
    for ref, char in (('&lt;', '<'), ('&gt;', '>')):
        data = data.replace(ref, char)
    if entities:
        data = _substitute(data, entities)
    # '&amp;' goes last, so that '&amp;lt;' comes back as '&lt;'.
    return data.replace('&amp;', '&')


def quoteattr(data, entities={}):
    """data escaped and quoted as an attribute value."""
    table = dict(entities)
    table.update(_ATTRIBUTE_WHITESPACE)
    text = escape(data, table)
    # Double quotes unless the value has some and no single ones; with
    # both kinds, the double ones become references.
    has_double = '"' in text
    if has_double and "'" not in text:
        return "'" + text + "'"
    if has_double:
        text = text.replace('"', '&quot;')
    return '"' + text + '"'


class _RawProxy:
    """A raw stream seen through a TextIOWrapper that must not close it:
    every attribute is the stream's, except close."""

    def __init__(self, raw):
        object.__setattr__(self, '_raw', raw)

    @property
    def __class__(self):
        return type(self._raw)

    def __getattr__(self, name):
        return getattr(self._raw, name)

    def close(self):
        pass


def _as_buffer(out):
    """A binary buffer writing through to out, for a TextIOWrapper."""
    if isinstance(out, _io.RawIOBase):
        return _RawProxy(out)
    buffer = _io.BufferedIOBase()
    buffer.writable = lambda: True
    buffer.write = out.write
    # Positions are passed on only when out has both.
    if hasattr(out, 'seekable') and hasattr(out, 'tell'):
        buffer.seekable = out.seekable
        buffer.tell = out.tell
    return buffer


def _gettextwriter(out, encoding):
    """out as something that takes str: text streams as they are, anything
    else wrapped to encode with character references for the unencodable."""
    if out is None:
        import sys
        return sys.stdout
    if isinstance(out, _io.TextIOBase):
        return out
    # codecs' stream classes, where this codecs has them, take str too.
    stream_kinds = tuple(getattr(_codecs, kind) for kind in ('StreamWriter', 'StreamReaderWriter')
                         if hasattr(_codecs, kind))
    if stream_kinds and isinstance(out, stream_kinds):
        return out
    return _io.TextIOWrapper(_as_buffer(out), encoding=encoding,
                             errors='xmlcharrefreplace', newline='\n',
                             write_through=True)


class XMLGenerator(handler.ContentHandler):
    """Writes the document its events describe to out (sys.stdout by
    default), encoded as encoding with characters outside it as references."""

    def __init__(self, out=None, encoding='iso-8859-1', short_empty_elements=False):
        handler.ContentHandler.__init__(self)
        stream = _gettextwriter(out, encoding)
        self._write = stream.write
        self._flush = stream.flush
        self._encoding = encoding
        self._short_empty_elements = short_empty_elements
        # uri -> prefix maps: the one in force, and those saved by each
        # startPrefixMapping for its endPrefixMapping to bring back.
        self._current_context = {}
        self._ns_contexts = [self._current_context]
        # (prefix, uri) pairs declared since the last start tag written.
        self._undeclared_ns_maps = []
        # True while a start tag lacks its '>' (short_empty_elements only).
        self._pending_start_element = False

    def _qname(self, name):
        uri, local = name[0], name[1]
        if not uri:
            return local
        if uri == _XML_NAMESPACE:
            # The xml prefix is bound without any declaration.
            return 'xml:' + local
        prefix = self._current_context[uri]
        return prefix + ':' + local if prefix else local

    def _finish_pending_start_element(self, endElement=False):
        if self._pending_start_element:
            self._pending_start_element = False
            self._write('>')

    def _start_tag(self, tag, attributes):
        """Writes '<tag' and its attributes, given as (name, value) pairs;
        the '>' waits when the element may turn out empty."""
        self._finish_pending_start_element()
        parts = ['<', tag]
        for name, value in attributes:
            parts.append(' %s=%s' % (name, quoteattr(value)))
        self._write(''.join(parts))
        if self._short_empty_elements:
            self._pending_start_element = True
        else:
            self._write('>')

    def _end_tag(self, tag):
        if self._pending_start_element:
            self._pending_start_element = False
            self._write('/>')
        else:
            self._write('</' + tag + '>')

    def _text(self, content, transform):
        if not content:
            return
        self._finish_pending_start_element()
        if isinstance(content, str):
            text = content
        else:
            text = str(content, self._encoding)
        self._write(transform(text))

    def startDocument(self):
        self._write('<?xml version="1.0" encoding="%s"?>\n' % self._encoding)

    def endDocument(self):
        self._flush()

    def startPrefixMapping(self, prefix, uri):
        saved = dict(self._current_context)
        self._ns_contexts.append(saved)
        self._current_context[uri] = prefix
        self._undeclared_ns_maps.append((prefix, uri))

    def endPrefixMapping(self, prefix):
        self._current_context = self._ns_contexts.pop()

    def startElement(self, name, attrs):
        self._start_tag(name, attrs.items())

    def endElement(self, name):
        self._end_tag(name)

    def startElementNS(self, name, qname, attrs):
        pairs = []
        for prefix, uri in self._undeclared_ns_maps:
            pairs.append(('xmlns:' + prefix if prefix else 'xmlns', uri))
        self._undeclared_ns_maps = []
        # Declarations are written as given, never escaped.
        declarations = ''.join(' %s="%s"' % pair for pair in pairs)
        attributes = [(self._qname(key), value) for key, value in attrs.items()]
        self._start_tag(self._qname(name) + declarations, attributes)

    def endElementNS(self, name, qname):
        self._end_tag(self._qname(name))

    def characters(self, content):
        self._text(content, escape)

    def ignorableWhitespace(self, content):
        self._text(content, str)

    def processingInstruction(self, target, data):
        self._finish_pending_start_element()
        self._write('<?' + target + ' ' + data + '?>')
