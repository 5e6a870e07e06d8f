"""xml.dom.minidom for closured: a small DOM (Document, Element, Attr,
Text, CDATASection, Comment, ProcessingInstruction) built by parseString or
parse over xml.parsers.expat, or by hand, and written back by toxml,
toprettyxml and writexml as CPython's minidom writes them. Elements keep
their qualified names (no namespace processing: namespaceURI is None);
parse() takes a file object, as closured opens no files."""

import io as _io
from xml.dom import Node, EMPTY_NAMESPACE, NotFoundErr, HierarchyRequestErr
from xml.parsers import expat as _expat


from xml.dom.minicompat import NodeList, EmptyNodeList, StringTypes, defproperty


def _write_data(writer, data):
    if data:
        data = data.replace('&', '&amp;').replace('<', '&lt;').replace('"', '&quot;')
        data = data.replace('>', '&gt;')
        writer.write(data)


class _Node(Node):
    """What every node has: its place in the tree and its serialization."""

    parentNode = None
    ownerDocument = None
    nextSibling = None
    previousSibling = None
    nodeValue = None
    prefix = EMPTY_NAMESPACE
    namespaceURI = EMPTY_NAMESPACE

    def __bool__(self):
        return True

    @property
    def firstChild(self):
        children = getattr(self, 'childNodes', None)
        return children[0] if children else None

    @property
    def lastChild(self):
        children = getattr(self, 'childNodes', None)
        return children[-1] if children else None

    def hasChildNodes(self):
        return bool(getattr(self, 'childNodes', None))

    def toxml(self, encoding=None, standalone=None):
        return self.toprettyxml('', '', encoding, standalone)

    def toprettyxml(self, indent='\t', newl='\n', encoding=None, standalone=None):
        if encoding is None:
            writer = _io.StringIO()
        else:
            writer = _io.TextIOWrapper(_io.BytesIO(), encoding=encoding,
                                       errors='xmlcharrefreplace', newline='\n')
        if self.nodeType == Node.DOCUMENT_NODE:
            self.writexml(writer, '', indent, newl, encoding, standalone)
        else:
            self.writexml(writer, '', indent, newl)
        if encoding is None:
            return writer.getvalue()
        writer.flush()
        return writer.detach().getvalue()

    def _relink(self):
        children = self.childNodes
        for i, child in enumerate(children):
            child.parentNode = self
            child.previousSibling = children[i - 1] if i else None
            child.nextSibling = children[i + 1] if i + 1 < len(children) else None

    def appendChild(self, node):
        if node.nodeType == Node.DOCUMENT_FRAGMENT_NODE:
            for child in list(node.childNodes):
                self.appendChild(child)
            return node
        if node.parentNode is not None:
            node.parentNode.removeChild(node)
        self.childNodes.append(node)
        self._relink()
        return node

    def insertBefore(self, newChild, refChild):
        if refChild is None:
            return self.appendChild(newChild)
        if newChild.parentNode is not None:
            newChild.parentNode.removeChild(newChild)
        try:
            index = self.childNodes.index(refChild)
        except ValueError:
            raise NotFoundErr() from None
        self.childNodes.insert(index, newChild)
        self._relink()
        return newChild

    def removeChild(self, oldChild):
        try:
            self.childNodes.remove(oldChild)
        except ValueError:
            raise NotFoundErr() from None
        oldChild.parentNode = oldChild.previousSibling = oldChild.nextSibling = None
        self._relink()
        return oldChild

    def replaceChild(self, newChild, oldChild):
        if newChild is oldChild:
            return oldChild
        if newChild.parentNode is not None:
            newChild.parentNode.removeChild(newChild)
        try:
            index = self.childNodes.index(oldChild)
        except ValueError:
            raise NotFoundErr() from None
        self.childNodes[index] = newChild
        oldChild.parentNode = oldChild.previousSibling = oldChild.nextSibling = None
        self._relink()
        return oldChild

    def normalize(self):
        merged = NodeList()
        for child in self.childNodes:
            if child.nodeType == Node.TEXT_NODE:
                if not child.data:
                    continue
                if merged and merged[-1].nodeType == Node.TEXT_NODE:
                    merged[-1].data = merged[-1].data + child.data
                    continue
            elif child.nodeType == Node.ELEMENT_NODE:
                child.normalize()
            merged.append(child)
        self.childNodes = merged
        self._relink()

    def unlink(self):
        self.parentNode = self.ownerDocument = None
        for child in getattr(self, 'childNodes', ()):
            child.unlink()
        self.previousSibling = self.nextSibling = None

    def __enter__(self):
        return self

    def __exit__(self, et, ev, tb):
        self.unlink()


class Attr(_Node):
    nodeType = Node.ATTRIBUTE_NODE

    def __init__(self, qName, namespaceURI=EMPTY_NAMESPACE, localName=None, prefix=None):
        self.name = self.nodeName = qName
        self.namespaceURI = namespaceURI
        self.localName = localName or qName.rpartition(':')[2]
        self.value = ''
        self.ownerElement = None
        self.childNodes = NodeList()

    @property
    def nodeValue(self):
        return self.value

    def __repr__(self):
        return '<xml.dom.minidom.Attr object at %#x>' % id(self)


class NamedNodeMap:
    """An element's attributes: Attr nodes by name."""

    def __init__(self, element):
        self._element = element

    @property
    def length(self):
        return len(self._element._attrs)

    def __len__(self):
        return len(self._element._attrs)

    def item(self, index):
        try:
            return list(self._element._attrs.values())[index]
        except IndexError:
            return None

    def keys(self):
        return self._element._attrs.keys()

    def items(self):
        return [(name, attr.value) for name, attr in self._element._attrs.items()]

    def values(self):
        return self._element._attrs.values()

    def get(self, name, value=None):
        return self._element._attrs.get(name, value)

    def __getitem__(self, name):
        return self._element._attrs[name]

    def __contains__(self, name):
        return name in self._element._attrs

    def getNamedItem(self, name):
        return self._element._attrs.get(name)


class Element(_Node):
    nodeType = Node.ELEMENT_NODE

    def __init__(self, tagName, namespaceURI=EMPTY_NAMESPACE, prefix=None, localName=None):
        self.tagName = self.nodeName = tagName
        self.prefix = prefix
        self.namespaceURI = namespaceURI
        self.localName = localName or tagName.rpartition(':')[2]
        self.childNodes = NodeList()
        self._attrs = {}

    def __repr__(self):
        return '<DOM Element: %s at %#x>' % (self.tagName, id(self))

    @property
    def attributes(self):
        return NamedNodeMap(self)

    def getAttribute(self, attname):
        attr = self._attrs.get(attname)
        return attr.value if attr is not None else ''

    def getAttributeNode(self, attname):
        return self._attrs.get(attname)

    def setAttribute(self, attname, value):
        attr = self._attrs.get(attname)
        if attr is None:
            attr = Attr(attname)
            attr.ownerDocument = self.ownerDocument
            attr.ownerElement = self
            self._attrs[attname] = attr
        attr.value = value

    def removeAttribute(self, name):
        try:
            attr = self._attrs.pop(name)
        except KeyError:
            raise NotFoundErr() from None
        attr.ownerElement = None

    def hasAttribute(self, name):
        return name in self._attrs

    def hasAttributes(self):
        return bool(self._attrs)

    def getElementsByTagName(self, name):
        return _by_tag(self, name, NodeList())

    def cloneNode(self, deep):
        clone = Element(self.tagName, self.namespaceURI, self.prefix, self.localName)
        clone.ownerDocument = self.ownerDocument
        for name, attr in self._attrs.items():
            clone.setAttribute(name, attr.value)
        if deep:
            for child in self.childNodes:
                clone.appendChild(child.cloneNode(True))
        return clone

    def writexml(self, writer, indent='', addindent='', newl=''):
        writer.write(indent + '<' + self.tagName)
        for name, attr in self._attrs.items():
            writer.write(' %s="' % name)
            _write_data(writer, attr.value)
            writer.write('"')
        if self.childNodes:
            writer.write('>')
            if (len(self.childNodes) == 1 and self.childNodes[0].nodeType in
                    (Node.TEXT_NODE, Node.CDATA_SECTION_NODE)):
                self.childNodes[0].writexml(writer, '', '', '')
            else:
                writer.write(newl)
                for node in self.childNodes:
                    node.writexml(writer, indent + addindent, addindent, newl)
                writer.write(indent)
            writer.write('</%s>%s' % (self.tagName, newl))
        else:
            writer.write('/>%s' % newl)


def _by_tag(parent, name, found):
    for node in parent.childNodes:
        if node.nodeType == Node.ELEMENT_NODE:
            if name == '*' or node.tagName == name:
                found.append(node)
            _by_tag(node, name, found)
    return found


class _CharacterData(_Node):
    def __init__(self, data=''):
        self.data = data

    @property
    def nodeValue(self):
        return self.data

    @property
    def length(self):
        return len(self.data)

    def __repr__(self):
        data = self.data
        dotdotdot = '...' if len(data) > 10 else ''
        return '<DOM %s node "%r%s">' % (self.__class__.__name__, data[0:10], dotdotdot)

    def cloneNode(self, deep):
        clone = self.__class__(self.data)
        clone.ownerDocument = self.ownerDocument
        return clone

    def appendData(self, arg):
        self.data = self.data + arg


class Text(_CharacterData):
    nodeType = Node.TEXT_NODE
    nodeName = '#text'

    def writexml(self, writer, indent='', addindent='', newl=''):
        _write_data(writer, '%s%s%s' % (indent, self.data, newl))

    @property
    def wholeText(self):
        return self.data

    def splitText(self, offset):
        if offset < 0 or offset > len(self.data):
            raise IndexError('illegal offset value')
        rest = self.__class__(self.data[offset:])
        rest.ownerDocument = self.ownerDocument
        self.data = self.data[:offset]
        if self.parentNode is not None:
            self.parentNode.insertBefore(rest, self.nextSibling)
        return rest


class CDATASection(Text):
    nodeType = Node.CDATA_SECTION_NODE
    nodeName = '#cdata-section'

    def writexml(self, writer, indent='', addindent='', newl=''):
        if ']]>' in self.data:
            raise ValueError("']]>' not allowed in a CDATA section")
        writer.write('<![CDATA[%s]]>' % self.data)


class Comment(_CharacterData):
    nodeType = Node.COMMENT_NODE
    nodeName = '#comment'

    def writexml(self, writer, indent='', addindent='', newl=''):
        if '--' in self.data:
            raise ValueError("'--' is not allowed in a comment node")
        writer.write('%s<!--%s-->%s' % (indent, self.data, newl))


class ProcessingInstruction(_Node):
    nodeType = Node.PROCESSING_INSTRUCTION_NODE

    def __init__(self, target, data):
        self.target = self.nodeName = target
        self.data = data

    @property
    def nodeValue(self):
        return self.data

    def cloneNode(self, deep):
        return ProcessingInstruction(self.target, self.data)

    def writexml(self, writer, indent='', addindent='', newl=''):
        writer.write('%s<?%s %s?>%s' % (indent, self.target, self.data, newl))


class DocumentType(_Node):
    nodeType = Node.DOCUMENT_TYPE_NODE

    def __init__(self, qualifiedName, publicId=None, systemId=None):
        self.name = self.nodeName = qualifiedName
        self.publicId = publicId
        self.systemId = systemId
        self.internalSubset = None
        self.childNodes = NodeList()

    def writexml(self, writer, indent='', addindent='', newl=''):
        writer.write('<!DOCTYPE ')
        writer.write(self.name)
        if self.publicId:
            writer.write('%s  PUBLIC \'%s\'%s  \'%s\'' % (newl, self.publicId, newl,
                                                        self.systemId))
        elif self.systemId:
            writer.write('%s  SYSTEM \'%s\'' % (newl, self.systemId))
        if self.internalSubset is not None:
            writer.write(' [')
            writer.write(self.internalSubset)
            writer.write(']')
        writer.write('>' + newl)


class DocumentFragment(_Node):
    nodeType = Node.DOCUMENT_FRAGMENT_NODE
    nodeName = '#document-fragment'

    def __init__(self):
        self.childNodes = NodeList()


class Document(_Node):
    nodeType = Node.DOCUMENT_NODE
    nodeName = '#document'
    doctype = None

    def __init__(self):
        self.childNodes = NodeList()

    @property
    def documentElement(self):
        for node in self.childNodes:
            if node.nodeType == Node.ELEMENT_NODE:
                return node
        return None

    def appendChild(self, node):
        if node.nodeType == Node.ELEMENT_NODE and self.documentElement is not None:
            raise HierarchyRequestErr('two document elements disallowed')
        return _Node.appendChild(self, node)

    def _own(self, node):
        node.ownerDocument = self
        return node

    def createElement(self, tagName):
        return self._own(Element(tagName))

    def createElementNS(self, namespaceURI, qualifiedName):
        prefix, colon, local = qualifiedName.rpartition(':')
        return self._own(Element(qualifiedName, namespaceURI, prefix or None, local))

    def createTextNode(self, data):
        if not isinstance(data, str):
            raise TypeError('node contents must be a string')
        return self._own(Text(data))

    def createCDATASection(self, data):
        if not isinstance(data, str):
            raise TypeError('node contents must be a string')
        return self._own(CDATASection(data))

    def createComment(self, data):
        return self._own(Comment(data))

    def createProcessingInstruction(self, target, data):
        return self._own(ProcessingInstruction(target, data))

    def createAttribute(self, qName):
        return self._own(Attr(qName))

    def createDocumentFragment(self):
        return self._own(DocumentFragment())

    def getElementsByTagName(self, name):
        return _by_tag(self, name, NodeList())

    def writexml(self, writer, indent='', addindent='', newl='', encoding=None,
                 standalone=None):
        declarations = []
        if encoding:
            declarations.append('encoding="%s"' % encoding)
        if standalone is not None:
            declarations.append('standalone="%s"' % ('yes' if standalone else 'no'))
        writer.write('<?xml version="1.0" %s?>%s' % (' '.join(declarations), newl))
        for node in self.childNodes:
            node.writexml(writer, indent, addindent, newl)


class HierarchyRequestErr(Exception):
    pass


class DOMImplementation:
    def hasFeature(self, feature, version):
        return feature.lower() in ('core', 'xml')

    def createDocument(self, namespaceURI, qualifiedName, doctype):
        doc = Document()
        if doctype is not None:
            doc.appendChild(doctype)
            doc.doctype = doctype
        if qualifiedName:
            doc.appendChild(doc.createElementNS(namespaceURI, qualifiedName))
        return doc

    def createDocumentType(self, qualifiedName, publicId, systemId):
        return DocumentType(qualifiedName, publicId, systemId)


def getDOMImplementation(features=None):
    return DOMImplementation()


def _build(feed):
    """A Document from what feed(parser) hands to a fresh expat parser."""
    doc = Document()
    stack = [doc]
    parser = _expat.ParserCreate()
    parser.buffer_text = True
    parser.ordered_attributes = True
    in_cdata = []

    def start(name, attrs):
        elem = doc.createElement(name)
        for i in range(0, len(attrs), 2):
            elem.setAttribute(attrs[i], attrs[i + 1])
        stack[-1].appendChild(elem)
        stack.append(elem)

    def end(name):
        stack.pop()

    def chars(data):
        parent = stack[-1]
        if parent is doc:
            return
        if in_cdata:
            parent.appendChild(doc.createCDATASection(data))
            return
        last = parent.lastChild
        if last is not None and last.nodeType == Node.TEXT_NODE:
            last.data = last.data + data
        else:
            parent.appendChild(doc.createTextNode(data))

    def comment(data):
        stack[-1].appendChild(doc.createComment(data))

    def pi(target, data):
        stack[-1].appendChild(doc.createProcessingInstruction(target, data))

    def doctype(name, sysid, pubid, has_subset):
        node = DocumentType(name, pubid, sysid)
        node.ownerDocument = doc
        doc.appendChild(node)
        doc.doctype = node

    def start_cdata():
        in_cdata.append(True)

    def end_cdata():
        in_cdata.pop()

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = chars
    parser.CommentHandler = comment
    parser.ProcessingInstructionHandler = pi
    parser.StartDoctypeDeclHandler = doctype
    parser.StartCdataSectionHandler = start_cdata
    parser.EndCdataSectionHandler = end_cdata
    feed(parser)
    return doc


def parseString(string, parser=None):
    return _build(lambda p: p.Parse(string, True))


def parse(file, parser=None, bufsize=None):
    if not hasattr(file, 'read'):
        raise PermissionError('xml.dom.minidom: closured programs cannot open files (%r)'
                              % (file,))
    return _build(lambda p: p.ParseFile(file))
