"""xml.dom for closured: the node type constants (Node), the namespace
constants, the DOM exceptions, and the minidom implementation."""


class Node:
    """The node type codes every DOM node's nodeType is one of."""
    ELEMENT_NODE = 1
    ATTRIBUTE_NODE = 2
    TEXT_NODE = 3
    CDATA_SECTION_NODE = 4
    ENTITY_REFERENCE_NODE = 5
    ENTITY_NODE = 6
    PROCESSING_INSTRUCTION_NODE = 7
    COMMENT_NODE = 8
    DOCUMENT_NODE = 9
    DOCUMENT_TYPE_NODE = 10
    DOCUMENT_FRAGMENT_NODE = 11
    NOTATION_NODE = 12


# The DOM's exception codes, each with the DOMException subclass that carries it.
INDEX_SIZE_ERR = 1
DOMSTRING_SIZE_ERR = 2
HIERARCHY_REQUEST_ERR = 3
WRONG_DOCUMENT_ERR = 4
INVALID_CHARACTER_ERR = 5
NO_DATA_ALLOWED_ERR = 6
NO_MODIFICATION_ALLOWED_ERR = 7
NOT_FOUND_ERR = 8
NOT_SUPPORTED_ERR = 9
INUSE_ATTRIBUTE_ERR = 10
INVALID_STATE_ERR = 11
SYNTAX_ERR = 12
INVALID_MODIFICATION_ERR = 13
NAMESPACE_ERR = 14
INVALID_ACCESS_ERR = 15
VALIDATION_ERR = 16

_ERROR_CLASSES = {
    INDEX_SIZE_ERR: 'IndexSizeErr', DOMSTRING_SIZE_ERR: 'DomstringSizeErr',
    HIERARCHY_REQUEST_ERR: 'HierarchyRequestErr', WRONG_DOCUMENT_ERR: 'WrongDocumentErr',
    INVALID_CHARACTER_ERR: 'InvalidCharacterErr', NO_DATA_ALLOWED_ERR: 'NoDataAllowedErr',
    NO_MODIFICATION_ALLOWED_ERR: 'NoModificationAllowedErr', NOT_FOUND_ERR: 'NotFoundErr',
    NOT_SUPPORTED_ERR: 'NotSupportedErr', INUSE_ATTRIBUTE_ERR: 'InuseAttributeErr',
    INVALID_STATE_ERR: 'InvalidStateErr', SYNTAX_ERR: 'SyntaxErr',
    INVALID_MODIFICATION_ERR: 'InvalidModificationErr', NAMESPACE_ERR: 'NamespaceErr',
    INVALID_ACCESS_ERR: 'InvalidAccessErr', VALIDATION_ERR: 'ValidationErr',
}


class DOMException(Exception):
    """The base of the DOM's errors; only its subclasses, each with its code, are raised."""

    def __init__(self, *args, **kw):
        if type(self) is DOMException:
            raise RuntimeError('DOMException should not be instantiated directly')
        super().__init__(*args, **kw)

    def _get_code(self):
        return self.code


def _error_class(name, code):
    return type(name, (DOMException,), {'__module__': __name__, '__qualname__': name,
                                        'code': code})


globals().update((name, _error_class(name, code)) for code, name in _ERROR_CLASSES.items())


class UserDataHandler:
    """The operations a user data handler's handle() is told about."""
    NODE_CLONED, NODE_IMPORTED, NODE_DELETED, NODE_RENAMED = range(1, 5)


XML_NAMESPACE = 'http://www.w3.org/XML/1998/namespace'
XMLNS_NAMESPACE = 'http://www.w3.org/2000/xmlns/'
XHTML_NAMESPACE = 'http://www.w3.org/1999/xhtml'
EMPTY_NAMESPACE = None
EMPTY_PREFIX = None
