"""xml.etree.ElementTree for closured: XML as a tree of Element objects
(tag, attrib, text, tail, children), built by XMLParser over
xml.parsers.expat or by hand, searched with find/findall/iterfind paths
(ElementPath's tags, *, ., .., //, [@attr], [@attr='v'], [tag], [tag='t'],
[n], [last()], {namespace} names and prefixes), serialized by tostring and
ElementTree.write as CPython does (namespace prefixes, escaping, encodings,
the XML declaration, short empty elements), plus iterparse, XMLPullParser,
TreeBuilder, indent and dump. Sources are strings or file objects the
program gives: parse() of a file name raises PermissionError, as closured
opens no files."""

import io as _io
import re as _re
import sys as _sys
from xml.parsers import expat as _expat

__all__ = ['Comment', 'dump', 'Element', 'ElementTree', 'fromstring', 'fromstringlist',
           'indent', 'iselement', 'iterparse', 'parse', 'ParseError', 'PI',
           'ProcessingInstruction', 'QName', 'SubElement', 'tostring', 'tostringlist',
           'TreeBuilder', 'VERSION', 'XML', 'XMLID', 'XMLParser', 'XMLPullParser',
           'register_namespace']

VERSION = '1.3.0'


class ParseError(SyntaxError):
    pass


def iselement(element):
    return hasattr(element, 'tag')


class Element:
    """One element: tag, attributes, text before the first child, tail text
    after its end tag, and its children as a list."""

    tag = None
    attrib = None
    text = None
    tail = None

    def __init__(self, tag, attrib={}, **extra):
        if not isinstance(attrib, dict):
            raise TypeError('attrib must be dict, not %s' % (attrib.__class__.__name__,))
        self.tag = tag
        self.attrib = {**attrib, **extra}
        self._children = []

    def __repr__(self):
        return '<%s %r at %#x>' % (self.__class__.__name__, self.tag, id(self))

    def makeelement(self, tag, attrib):
        return self.__class__(tag, attrib)

    def copy(self):
        elem = self.makeelement(self.tag, self.attrib)
        elem.text = self.text
        elem.tail = self.tail
        elem[:] = self
        return elem

    def __copy__(self):
        return self.copy()

    def __deepcopy__(self, memo):
        import copy
        elem = self.makeelement(self.tag, copy.deepcopy(self.attrib, memo))
        elem.text = self.text
        elem.tail = self.tail
        elem[:] = [copy.deepcopy(child, memo) for child in self]
        return elem

    def __len__(self):
        return len(self._children)

    def __bool__(self):
        import warnings
        warnings.warn("The behavior of this method will change in future versions.  "
                      "Use specific 'len(elem)' or 'elem is not None' test instead.",
                      FutureWarning, stacklevel=2)
        return len(self._children) != 0

    def __getitem__(self, index):
        return self._children[index]

    def __delitem__(self, index):
        del self._children[index]

    def __setitem__(self, index, element):
        # a slice takes a sequence of elements, an index one element
        for item in element if isinstance(index, slice) else (element,):
            self._assert_is_element(item)
        self._children[index] = element

    def append(self, subelement):
        self._assert_is_element(subelement)
        self._children.append(subelement)

    def extend(self, elements):
        for element in elements:
            self._assert_is_element(element)
            self._children.append(element)

    def insert(self, index, subelement):
        self._assert_is_element(subelement)
        self._children.insert(index, subelement)

    def _assert_is_element(self, e):
        if not isinstance(e, Element):
            raise TypeError('expected an Element, not "%s"' % type(e).__name__)

    def remove(self, subelement):
        for i, child in enumerate(self._children):
            if child is subelement:
                del self._children[i]
                return
        raise ValueError('list.remove(x): x not in list')

    def find(self, path, namespaces=None):
        return _path_find(self, path, namespaces)

    def findtext(self, path, default=None, namespaces=None):
        elem = _path_find(self, path, namespaces)
        if elem is None:
            return default
        return elem.text or ''

    def findall(self, path, namespaces=None):
        return list(_path_iter(self, path, namespaces))

    def iterfind(self, path, namespaces=None):
        return _path_iter(self, path, namespaces)

    def clear(self):
        self.attrib.clear()
        self._children = []
        self.text = self.tail = None

    def get(self, key, default=None):
        return self.attrib.get(key, default)

    def set(self, key, value):
        self.attrib[key] = value

    def keys(self):
        return self.attrib.keys()

    def items(self):
        return self.attrib.items()

    def iter(self, tag=None):
        if tag == '*':
            tag = None
        if tag is None or self.tag == tag:
            yield self
        for child in self._children:
            yield from child.iter(tag)

    def itertext(self):
        tag = self.tag
        if not isinstance(tag, str) and tag is not None:
            return
        if self.text:
            yield self.text
        for child in self:
            yield from child.itertext()
            if child.tail:
                yield child.tail


def SubElement(parent, tag, attrib={}, **extra):
    element = parent.makeelement(tag, {**attrib, **extra})
    parent.append(element)
    return element


def Comment(text=None):
    element = Element(Comment)
    element.text = text
    return element


def ProcessingInstruction(target, text=None):
    element = Element(ProcessingInstruction)
    element.text = target
    if text:
        element.text = element.text + ' ' + text
    return element


PI = ProcessingInstruction


class QName:
    """A qualified name, '{uri}local', usable as a tag or attribute name."""

    def __init__(self, text_or_uri, tag=None):
        if tag:
            text_or_uri = '{%s}%s' % (text_or_uri, tag)
        self.text = text_or_uri

    def __repr__(self):
        return '<%s %r>' % (self.__class__.__name__, self.text)

    def __str__(self):
        return self.text

    def __hash__(self):
        return hash(self.text)

    def __le__(self, other):
        return self.text <= (other.text if isinstance(other, QName) else other)

    def __lt__(self, other):
        return self.text < (other.text if isinstance(other, QName) else other)

    def __ge__(self, other):
        return self.text >= (other.text if isinstance(other, QName) else other)

    def __gt__(self, other):
        return self.text > (other.text if isinstance(other, QName) else other)

    def __eq__(self, other):
        return self.text == (other.text if isinstance(other, QName) else other)


# ---- paths ------------------------------------------------------------------------------

_path_token = _re.compile(
    r"('[^']*'|\"[^\"]*\"|::|//?|\.\.|\(\)|!=|[/.*:\[\]\(\)@=])|"
    r"((?:\{[^}]+\})?[^/\[\]\(\)@!=\s]+)|\s+")


def _path_tokens(pattern, namespaces):
    default = namespaces.get('') if namespaces else None
    parsing_attribute = False
    for match in _path_token.finditer(pattern):
        op, tag = match.groups()
        if not op and not tag:
            continue
        if tag and tag[0] != '{':
            if ':' in tag:
                prefix, uri = tag.split(':', 1)
                try:
                    if not namespaces:
                        raise KeyError
                    yield op, '{%s}%s' % (namespaces[prefix], uri)
                except KeyError:
                    raise SyntaxError('prefix %r not found in prefix map' % prefix) from None
            elif default and not parsing_attribute:
                yield op, '{%s}%s' % (default, tag)
            else:
                yield op, tag
            parsing_attribute = False
        else:
            yield op, tag
            parsing_attribute = op == '@'


def _tag_matches(elem, tag):
    if tag == '*':
        return isinstance(elem.tag, str)
    if tag == '{*}*':
        return isinstance(elem.tag, str)
    if tag.startswith('{*}'):
        return isinstance(elem.tag, str) and (elem.tag == tag[3:] or
                                              elem.tag.endswith('}' + tag[3:]))
    if tag.endswith('}*'):
        return isinstance(elem.tag, str) and elem.tag.startswith(tag[:-1])
    return elem.tag == tag


def _compile_path(path, namespaces):
    """The path as a list of steps, each a function from an iterable of
    (element, parent map) to the next one."""
    if path[-1:] == '/':
        path = path + '*'
    tokens = list(_path_tokens(path, namespaces))
    steps = []
    i = 0
    if tokens and tokens[0][0] == '/':
        raise SyntaxError('cannot use absolute path on element')
    while i < len(tokens):
        op, tag = tokens[i]
        if tag:
            steps.append(('child', tag))
        elif op == '*':
            steps.append(('child', '*'))
        elif op == '.':
            steps.append(('self', None))
        elif op == '..':
            steps.append(('parent', None))
        elif op == '//':
            i += 1
            if i >= len(tokens):
                raise SyntaxError('invalid descendant')
            op2, tag2 = tokens[i]
            if tag2:
                steps.append(('descendant', tag2))
            elif op2 == '*':
                steps.append(('descendant', '*'))
            elif op2 == '.':
                steps.append(('descendant_or_self', None))
            else:
                raise SyntaxError('invalid descendant')
        elif op == '/':
            pass
        elif op == '[':
            pred = []
            i += 1
            while i < len(tokens) and tokens[i][0] != ']':
                pred.append(tokens[i])
                i += 1
            if i >= len(tokens):
                raise SyntaxError('invalid path')
            steps.append(('predicate', _predicate(pred)))
        else:
            raise SyntaxError('invalid path')
        i += 1
    return steps


def _predicate(tokens):
    """The test a [...] step makes, from its tokens: a signature of their
    operators ('-' for a name, "'" for a quoted value) picks the form."""
    ops = []
    values = []
    for op, tag in tokens:
        if op and op[:1] in '\'"':
            ops.append("'")
            values.append(op[1:-1])
        else:
            ops.append(op or '-')
            values.append(tag or op)
    sig = ''.join(ops)
    if sig == '@-':
        key = values[1]
        return lambda elem, pos, group: elem.get(key) is not None
    if sig in ("@-='", "@-!='"):
        key, value = values[1], values[-1]
        if sig == "@-='":
            return lambda elem, pos, group: elem.get(key) == value
        return lambda elem, pos, group: elem.get(key) not in (None, value)
    if sig == '-' and not _re.match(r'-?\d+$', values[0]):
        tag = values[0]
        return lambda elem, pos, group: elem.find(tag) is not None
    if sig in ("-='", "-!='", ".='", ".!='"):
        tag = values[0]
        value = values[-1]
        if tag == '.':
            if '!' in sig:
                return lambda elem, pos, group: ''.join(elem.itertext()) != value
            return lambda elem, pos, group: ''.join(elem.itertext()) == value
        if '!' in sig:
            return lambda elem, pos, group: any(''.join(e.itertext()) != value
                                                for e in elem.findall(tag))
        return lambda elem, pos, group: any(''.join(e.itertext()) == value
                                            for e in elem.findall(tag))
    if sig in ('-', '-()', '-()-'):
        if values[0] == 'last':
            offset = 0
            if sig == '-()-':
                offset = int(values[2])
                if offset > 0:
                    raise SyntaxError('unsupported expression')
            return lambda elem, pos, group: pos == len(group) - 1 + offset
        index = int(values[0]) - 1
        if index < 0:
            raise SyntaxError('XPath position >= 1 expected')
        return lambda elem, pos, group: pos == index
    raise SyntaxError('invalid predicate')


def _path_iter(elem, path, namespaces=None):
    steps = _compile_path(path, namespaces)
    parents = None
    current = [elem]
    for kind, arg in steps:
        if kind == 'child':
            current = [child for e in current for child in e if _tag_matches(child, arg)]
        elif kind == 'self':
            pass
        elif kind == 'parent':
            if parents is None:
                parents = {child: parent for parent in elem.iter() for child in parent}
            found = []
            for e in current:
                p = parents.get(e)
                if p is not None and p not in found:
                    found.append(p)
            current = found
        elif kind == 'descendant':
            found = []
            seen = set()
            for e in current:
                for d in e.iter():
                    if d is not e and _tag_matches(d, arg) and id(d) not in seen:
                        seen.add(id(d))
                        found.append(d)
            current = found
        elif kind == 'descendant_or_self':
            found = []
            for e in current:
                found.extend(d for d in e.iter())
            current = found
        elif kind == 'predicate':
            if parents is None:
                parents = {child: parent for parent in elem.iter() for child in parent}
            # positions count among the siblings that the previous step gave
            result = []
            groups = {}
            for e in current:
                groups.setdefault(id(parents.get(e)), []).append(e)
            for e in current:
                group = groups[id(parents.get(e))]
                if arg(e, group.index(e), group):
                    result.append(e)
            current = result
    return iter(current)


def _path_find(elem, path, namespaces=None):
    return next(_path_iter(elem, path, namespaces), None)


# ---- building ---------------------------------------------------------------------------

class TreeBuilder:
    """Builds elements from start, data and end calls; close() gives the
    root."""

    def __init__(self, element_factory=None, *, comment_factory=None, pi_factory=None,
                 insert_comments=False, insert_pis=False):
        self._factory = Element if element_factory is None else element_factory
        self._comment_factory = Comment if comment_factory is None else comment_factory
        self._pi_factory = ProcessingInstruction if pi_factory is None else pi_factory
        self.insert_comments = insert_comments
        self.insert_pis = insert_pis
        self._elem = []     # the open elements, innermost last
        self._root = None
        self._data = []     # text gathered since the last event
        self._last = None   # the element that text belongs to...
        self._tail = None   # ...as its tail (after its end) or its text (after its start)

    def close(self):
        assert not self._elem, 'missing end tags'
        assert self._root is not None, 'missing toplevel element'
        return self._root

    def _flush(self):
        if not self._data:
            return
        text = ''.join(self._data)
        self._data = []
        if self._last is None:
            return
        field = 'tail' if self._tail else 'text'
        assert getattr(self._last, field) is None, 'internal error (%s)' % field
        setattr(self._last, field, text)

    def _adopt(self, elem, tail):
        # elem becomes the last child of the innermost open element, and the
        # text that comes next is its text (tail false) or its tail
        if self._elem:
            self._elem[-1].append(elem)
        self._last = elem
        self._tail = tail

    def data(self, data):
        self._data.append(data)

    def start(self, tag, attrs):
        self._flush()
        elem = self._factory(tag, attrs)
        if self._root is None and not self._elem:
            self._root = elem
        self._adopt(elem, 0)
        self._elem.append(elem)
        return elem

    def end(self, tag):
        self._flush()
        self._last = closed = self._elem.pop()
        assert closed.tag == tag, 'end tag mismatch (expected %s, got %s)' % (closed.tag, tag)
        self._tail = 1
        return closed

    def comment(self, text):
        return self._handle_single(self._comment_factory, self.insert_comments, text)

    def pi(self, target, text=None):
        return self._handle_single(self._pi_factory, self.insert_pis, target, text)

    def _handle_single(self, factory, insert, *args):
        # a comment or PI: made always, part of the tree only when asked for
        made = factory(*args)
        if insert:
            self._flush()
            self._adopt(made, 1)
        return made


class XMLParser:
    """Feeds text to expat and reports what it finds to target (a
    TreeBuilder unless another is given); close() returns target.close()."""

    def __init__(self, *, target=None, encoding=None):
        parser = _expat.ParserCreate(encoding, '}')
        if target is None:
            target = TreeBuilder()
        self.parser = self._parser = parser
        self.target = self._target = target
        self._error = _expat.error
        self._names = {}
        self._doctype = None
        self.entity = {}
        self.version = 'Expat %d.%d.%d' % _expat.version_info
        parser.DefaultHandlerExpand = self._default
        parser.buffer_text = 1
        parser.ordered_attributes = 1
        # expat reports only what the target has a method for; names pass
        # through _fixname first, namespace prefixes default to ''
        for method, handler, adapter in (
                ('start', 'StartElementHandler', self._start),
                ('end', 'EndElementHandler', self._end),
                ('start_ns', 'StartNamespaceDeclHandler', self._start_ns),
                ('end_ns', 'EndNamespaceDeclHandler', self._end_ns),
                ('data', 'CharacterDataHandler', None),
                ('comment', 'CommentHandler', None),
                ('pi', 'ProcessingInstructionHandler', None)):
            if hasattr(target, method):
                setattr(parser, handler, adapter or getattr(target, method))

    def _fixname(self, key):
        # expat writes a namespaced name 'uri}local'; ElementTree '{uri}local'
        try:
            return self._names[key]
        except KeyError:
            name = self._names[key] = '{' + key if '}' in key else key
            return name

    def _start_ns(self, prefix, uri):
        # expat gives None for the default namespace's prefix (and an empty URI).
        return self.target.start_ns(prefix or '', uri or '')

    def _end_ns(self, prefix):
        return self.target.end_ns(prefix or '')

    def _start(self, tag, attr_list):
        # attr_list alternates names and values (ordered_attributes)
        fix = self._fixname
        pairs = attr_list or ()
        attrib = {fix(pairs[at]): pairs[at + 1] for at in range(0, len(pairs), 2)}
        return self.target.start(fix(tag), attrib)

    def _end(self, tag):
        return self.target.end(self._fixname(tag))

    def _default(self, text):
        pass

    def _raiseerror(self, value):
        err = ParseError(value)
        err.code = value.code
        err.position = value.lineno, value.offset
        raise err

    def _parse(self, data, final):
        try:
            self.parser.Parse(data, final)
        except self._error as v:
            self._raiseerror(v)

    def feed(self, data):
        self._parse(data, False)

    def close(self):
        self._parse(b'', True)
        # the parser and target are let go of however target.close ends
        try:
            try:
                finish = self.target.close
            except AttributeError:
                return None
            return finish()
        finally:
            del self.parser, self._parser, self.target, self._target

    def flush(self):
        pass


def _parse_pieces(pieces, parser):
    if not parser:
        parser = XMLParser(target=TreeBuilder())
    for piece in pieces:
        parser.feed(piece)
    return parser.close()


def XML(text, parser=None):
    return _parse_pieces((text,), parser)


fromstring = XML


def XMLID(text, parser=None):
    tree = _parse_pieces((text,), parser)
    ids = {}
    for elem in tree.iter():
        key = elem.get('id')
        if key:
            ids[key] = elem
    return tree, ids


def fromstringlist(sequence, parser=None):
    return _parse_pieces(sequence, parser)


def _open_source(source):
    if hasattr(source, 'read'):
        return source
    raise PermissionError('xml.etree.ElementTree: closured programs cannot open files (%r)'
                          % (source,))


class ElementTree:
    """A document: its root element, parse() and write()."""

    def __init__(self, element=None, file=None):
        self._root = element
        if file:
            self.parse(file)

    def getroot(self):
        return self._root

    def _setroot(self, element):
        self._root = element

    def parse(self, source, parser=None):
        source = _open_source(source)
        if parser is None:
            parser = XMLParser()
        for data in _chunks(source, 65536):
            parser.feed(data)
        self._root = parser.close()
        return self._root

    def iter(self, tag=None):
        return self._root.iter(tag)

    def find(self, path, namespaces=None):
        if path[:1] == '/':
            path = '.' + path
        return self._root.find(path, namespaces)

    def findtext(self, path, default=None, namespaces=None):
        if path[:1] == '/':
            path = '.' + path
        return self._root.findtext(path, default, namespaces)

    def findall(self, path, namespaces=None):
        if path[:1] == '/':
            path = '.' + path
        return self._root.findall(path, namespaces)

    def iterfind(self, path, namespaces=None):
        if path[:1] == '/':
            path = '.' + path
        return self._root.iterfind(path, namespaces)

    def write(self, file_or_filename, encoding=None, xml_declaration=None,
              default_namespace=None, method=None, *, short_empty_elements=True):
        if not method:
            method = 'xml'
        elif method not in ('xml', 'html', 'text'):
            raise ValueError('unknown method %r' % method)
        if not encoding:
            encoding = 'utf-8' if method == 'c14n' else 'us-ascii'
        file = _open_source_for_write(file_or_filename)
        text_mode = encoding.lower() == 'unicode'
        if text_mode:
            write = file.write
        else:
            def write(text):
                file.write(text.encode(encoding, 'xmlcharrefreplace'))
        if method == 'xml' and (xml_declaration or (
                xml_declaration is None and encoding.lower() not in ('utf-8', 'us-ascii',
                                                                     'unicode'))):
            declared = encoding
            if text_mode:
                import locale
                declared = locale.getpreferredencoding()
            write("<?xml version='1.0' encoding='%s'?>\n" % (declared,))
        if method == 'text':
            write(''.join(self._root.itertext()))
            if self._root.tail:
                write(self._root.tail)
        else:
            qnames, namespaces = _namespaces(self._root, default_namespace)
            serialize = _serialize_html if method == 'html' else _serialize_xml
            serialize(write, self._root, qnames, namespaces,
                      short_empty_elements=short_empty_elements)


def _open_source_for_write(target):
    if hasattr(target, 'write'):
        return target
    raise PermissionError('xml.etree.ElementTree: closured programs cannot open files (%r)'
                          % (target,))


def parse(source, parser=None):
    tree = ElementTree()
    tree.parse(source, parser)
    return tree


# ---- serializing ------------------------------------------------------------------------

_namespace_map = {
    'http://www.w3.org/XML/1998/namespace': 'xml',
    'http://www.w3.org/1999/xhtml': 'html',
    'http://www.w3.org/1999/02/22-rdf-syntax-ns#': 'rdf',
    'http://schemas.xmlsoap.org/wsdl/': 'wsdl',
    'http://www.w3.org/2001/XMLSchema': 'xs',
    'http://www.w3.org/2001/XMLSchema-instance': 'xsi',
    'http://purl.org/dc/elements/1.1/': 'dc',
}


def register_namespace(prefix, uri):
    if _re.match(r'ns\d+$', prefix):
        raise ValueError('Prefix format reserved for internal use')
    for k, v in list(_namespace_map.items()):
        if k == uri or v == prefix:
            del _namespace_map[k]
    _namespace_map[uri] = prefix


def _raise_serialization_error(text):
    raise TypeError('cannot serialize %r (type %s)' % (text, type(text).__name__))


def _chunks(source, size):
    # what source.read(size) returns, until it returns nothing
    while True:
        data = source.read(size)
        if not data:
            return
        yield data


def _namespaces(elem, default_namespace=None):
    """The qualified name each tag and attribute name is written as, and the
    prefixes to declare on the root."""
    qnames = {None: None}
    namespaces = {}
    if default_namespace:
        namespaces[default_namespace] = ''

    def add_qname(qname):
        try:
            if qname[:1] == '{':
                uri, tag = qname[1:].rsplit('}', 1)
                prefix = namespaces.get(uri)
                if prefix is None:
                    prefix = _namespace_map.get(uri)
                    if prefix is None:
                        prefix = 'ns%d' % len(namespaces)
                    if prefix != 'xml':
                        namespaces[uri] = prefix
                if prefix:
                    qnames[qname] = '%s:%s' % (prefix, tag)
                else:
                    qnames[qname] = tag
            else:
                if default_namespace:
                    raise ValueError('cannot use non-qualified names with default_namespace '
                                     'option')
                qnames[qname] = qname
        except TypeError:
            _raise_serialization_error(qname)

    def note(name):
        # a str or QName met for the first time gets its written form
        text = name.text if isinstance(name, QName) else name
        if text not in qnames:
            add_qname(text)

    for node in elem.iter():
        tag = node.tag
        if isinstance(tag, (QName, str)):
            note(tag)
        elif tag is not None and tag is not Comment and tag is not PI:
            _raise_serialization_error(tag)
        # attribute names always; values and text only when they are QNames
        for key, value in node.items():
            note(key)
            if isinstance(value, QName):
                note(value)
        if isinstance(node.text, QName):
            note(node.text)
    return qnames, namespaces


def _write_open_tag(write, name, elem, qnames, namespaces, quote):
    """Writes '<name' with the namespace declarations (the outermost element only) and the
    attributes, each value passed through quote; the caller closes the tag."""
    write('<' + name)
    for uri, prefix in sorted((namespaces or {}).items(), key=lambda pair: pair[1]):
        write(' xmlns%s="%s"' % (':' + prefix if prefix else '', _escape_attrib(uri)))
    for key, value in list(elem.items()):
        key = key.text if isinstance(key, QName) else key
        value = qnames[value.text] if isinstance(value, QName) else quote(value)
        write(' %s="%s"' % (qnames[key], value))


def _serialize_markup(write, elem, qnames, namespaces, html, short_empty_elements=True):
    """One element and what it holds, as XML or as HTML (where comments and processing
    instructions are escaped, script and style keep their text raw, and the void elements
    of HTML_EMPTY get no closing tag), then the element's tail."""
    tag, text = elem.tag, elem.text
    if tag is Comment or tag is ProcessingInstruction:
        body = _escape_cdata(text) if html else text
        write(('<!--%s-->' if tag is Comment else '<?%s?>') % body)
    else:
        name = qnames[tag]
        if name is not None:
            _write_open_tag(write, name, elem, qnames, namespaces,
                            _escape_attrib_html if html else _escape_attrib)
        closed = name is None or html or text or len(elem) or not short_empty_elements
        if name is not None:
            write('>' if closed else ' />')
        if closed:
            raw = html and name is not None and name.lower() in ('script', 'style')
            if text:
                write(text if raw else _escape_cdata(text))
            for child in elem:
                _serialize_markup(write, child, qnames, None, html, short_empty_elements)
            if name is not None and not (html and name.lower() in HTML_EMPTY):
                write('</' + name + '>')
    if elem.tail:
        write(_escape_cdata(elem.tail))


def _serialize_xml(write, elem, qnames, namespaces, short_empty_elements, **kwargs):
    _serialize_markup(write, elem, qnames, namespaces, False, short_empty_elements)


HTML_EMPTY = {'area', 'base', 'basefont', 'br', 'col', 'embed', 'frame', 'hr', 'img', 'input',
              'isindex', 'link', 'meta', 'param', 'source', 'track', 'wbr'}


def _serialize_html(write, elem, qnames, namespaces, **kwargs):
    _serialize_markup(write, elem, qnames, namespaces, True)


_CDATA_REFS = (('&', '&amp;'), ('<', '&lt;'), ('>', '&gt;'))
_ATTRIB_REFS = _CDATA_REFS + (('"', '&quot;'), ('\r', '&#13;'), ('\n', '&#10;'),
                              ('\t', '&#09;'))
_HTML_ATTRIB_REFS = (('&', '&amp;'), ('>', '&gt;'), ('"', '&quot;'))


def _escaped(text, refs):
    # text with each (character, reference) of refs replaced, '&' first
    try:
        for raw, ref in refs:
            if raw in text:
                text = text.replace(raw, ref)
        return text
    except (TypeError, AttributeError):
        _raise_serialization_error(text)


def _escape_cdata(text):
    return _escaped(text, _CDATA_REFS)


def _escape_attrib(text):
    return _escaped(text, _ATTRIB_REFS)


def _escape_attrib_html(text):
    return _escaped(text, _HTML_ATTRIB_REFS)


def tostring(element, encoding=None, method=None, *, xml_declaration=None,
             default_namespace=None, short_empty_elements=True):
    stream = _io.StringIO() if encoding == 'unicode' else _io.BytesIO()
    ElementTree(element).write(stream, encoding, xml_declaration=xml_declaration,
                               default_namespace=default_namespace, method=method,
                               short_empty_elements=short_empty_elements)
    return stream.getvalue()


def tostringlist(element, encoding=None, method=None, *, xml_declaration=None,
                 default_namespace=None, short_empty_elements=True):
    return [tostring(element, encoding, method, xml_declaration=xml_declaration,
                     default_namespace=default_namespace,
                     short_empty_elements=short_empty_elements)]


def dump(elem):
    if not isinstance(elem, ElementTree):
        elem = ElementTree(elem)
    elem.write(_sys.stdout, encoding='unicode')
    tail = elem.getroot().tail
    if not tail or tail[-1] != '\n':
        _sys.stdout.write('\n')


def indent(tree, space='  ', level=0):
    """Adds whitespace to the text and tails of the tree's elements so that
    it prints one element a line, each child indented by space."""
    if isinstance(tree, ElementTree):
        tree = tree.getroot()
    if level < 0:
        raise ValueError('Initial indentation level must be >= 0, got %s' % level)
    if not len(tree):
        return
    indentations = ['\n' + level * space]

    def walk(elem, level):
        child_indentation = level + 1
        if len(indentations) <= child_indentation:
            indentations.append(indentations[level] + space)
        if not elem.text or not elem.text.strip():
            elem.text = indentations[child_indentation]
        for child in elem:
            if len(child):
                walk(child, child_indentation)
            if not child.tail or not child.tail.strip():
                child.tail = indentations[child_indentation]
        if not child.tail.strip():
            child.tail = indentations[level]

    walk(tree, level)


# ---- incremental parsing ----------------------------------------------------------------

class XMLPullParser:
    """Parses text fed in pieces; read_events() gives the (event, element)
    pairs completed so far (start, end, comment, pi, start-ns, end-ns)."""

    def __init__(self, events=None, *, _parser=None):
        self._events_queue = []
        self._parser = _parser or XMLParser(target=TreeBuilder())
        if events is None:
            events = ('end',)
        self._setevents(events)

    def _setevents(self, events):
        queue = self._events_queue
        parser = self._parser.parser
        target = self._parser.target
        for event in events:
            if event == 'start':
                def handler(tag, attrib, start=target.start, fix=self._parser._fixname):
                    elem = start(fix(tag), {fix(attrib[i]): attrib[i + 1]
                                            for i in range(0, len(attrib), 2)})
                    queue.append(('start', elem))
                parser.StartElementHandler = handler
            elif event == 'end':
                def handler(tag, end=target.end, fix=self._parser._fixname):
                    queue.append(('end', end(fix(tag))))
                parser.EndElementHandler = handler
            elif event == 'start-ns':
                def handler(prefix, uri):
                    queue.append(('start-ns', (prefix or '', uri or '')))
                parser.StartNamespaceDeclHandler = handler
            elif event == 'end-ns':
                def handler(prefix):
                    queue.append(('end-ns', None))
                parser.EndNamespaceDeclHandler = handler
            elif event == 'comment':
                def handler(text, comment=target.comment):
                    queue.append(('comment', comment(text)))
                parser.CommentHandler = handler
            elif event == 'pi':
                def handler(pi_target, data, pi=target.pi):
                    queue.append(('pi', pi(pi_target, data)))
                parser.ProcessingInstructionHandler = handler
            else:
                raise ValueError('unknown event %r' % event)

    def feed(self, data):
        if self._parser is None:
            raise ValueError('feed() called after end of stream')
        if data:
            try:
                self._parser.feed(data)
            except SyntaxError as exc:  # raised to the reader by read_events
                self._events_queue.append(exc)

    def _close_and_return_root(self):
        root = self._parser.close()
        self._parser = None
        return root

    def close(self):
        self._close_and_return_root()

    def read_events(self):
        queue = self._events_queue
        while queue:
            event = queue.pop(0)
            if isinstance(event, Exception):
                raise event
            yield event

    def flush(self):
        pass


def iterparse(source, events=None, parser=None):
    """(event, element) pairs as the source (a file object) is read."""
    source = _open_source(source)
    pullparser = XMLPullParser(events=events, _parser=parser)

    class IterParseIterator:
        root = None

        def __iter__(self):
            return self

    it = IterParseIterator()

    def generator():
        # the events each piece completes are handed out before the next read
        yield from pullparser.read_events()
        for data in _chunks(source, 16 * 1024):
            pullparser.feed(data)
            yield from pullparser.read_events()
        root = pullparser._close_and_return_root()
        yield from pullparser.read_events()
        it.root = root

    gen = generator()
    type(it).__next__ = lambda self: next(gen)
    return it
