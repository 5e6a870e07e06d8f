"""The constants behind the sre_constants, sre_parse and sre_compile shims:
CPython 3.11's names and numbers for its regular-expression byte code. They
describe CPython's compiler; closured's re (a native matcher) does not use
them, but code that inspects or builds on them can read them."""

from re import error

MAGIC = 20220615


class _NamedIntConstant(int):
    """An int that prints as its name, as sre's constants do."""

    def __new__(cls, value, name):
        self = super().__new__(cls, value)
        self.name = name
        return self

    def __repr__(self):
        return self.name

    __str__ = __repr__

    def __reduce__(self):
        return self.name


MAXREPEAT = _NamedIntConstant(4294967295, 'MAXREPEAT')
MAXGROUPS = 1073741823

_OPCODE_NAMES = '''FAILURE SUCCESS ANY ANY_ALL ASSERT ASSERT_NOT AT BRANCH CATEGORY CHARSET
    BIGCHARSET GROUPREF GROUPREF_EXISTS IN INFO JUMP LITERAL MARK MAX_UNTIL MIN_UNTIL
    NOT_LITERAL NEGATE RANGE REPEAT REPEAT_ONE SUBPATTERN MIN_REPEAT_ONE ATOMIC_GROUP
    POSSESSIVE_REPEAT POSSESSIVE_REPEAT_ONE GROUPREF_IGNORE IN_IGNORE LITERAL_IGNORE
    NOT_LITERAL_IGNORE GROUPREF_LOC_IGNORE IN_LOC_IGNORE LITERAL_LOC_IGNORE
    NOT_LITERAL_LOC_IGNORE GROUPREF_UNI_IGNORE IN_UNI_IGNORE LITERAL_UNI_IGNORE
    NOT_LITERAL_UNI_IGNORE RANGE_UNI_IGNORE'''
# Parse-tree codes numbered after the opcodes; they are not in OPCODES.
_TREE_ONLY = 'MIN_REPEAT MAX_REPEAT'
_AT_NAMES = '''AT_BEGINNING AT_BEGINNING_LINE AT_BEGINNING_STRING AT_BOUNDARY AT_NON_BOUNDARY
    AT_END AT_END_LINE AT_END_STRING AT_LOC_BOUNDARY AT_LOC_NON_BOUNDARY AT_UNI_BOUNDARY
    AT_UNI_NON_BOUNDARY'''
_CATEGORY_NAMES = '''CATEGORY_DIGIT CATEGORY_NOT_DIGIT CATEGORY_SPACE CATEGORY_NOT_SPACE
    CATEGORY_WORD CATEGORY_NOT_WORD CATEGORY_LINEBREAK CATEGORY_NOT_LINEBREAK
    CATEGORY_LOC_WORD CATEGORY_LOC_NOT_WORD CATEGORY_UNI_DIGIT CATEGORY_UNI_NOT_DIGIT
    CATEGORY_UNI_SPACE CATEGORY_UNI_NOT_SPACE CATEGORY_UNI_WORD CATEGORY_UNI_NOT_WORD
    CATEGORY_UNI_LINEBREAK CATEGORY_UNI_NOT_LINEBREAK'''


def _numbered(words):
    """One named constant per word, numbered from 0, as a list."""
    return [_NamedIntConstant(number, word) for number, word in enumerate(words.split())]


OPCODES = _numbered(_OPCODE_NAMES)
ATCODES = _numbered(_AT_NAMES)
CHCODES = _numbered(_CATEGORY_NAMES)
_BY_NAME = {code.name: code for code in OPCODES + ATCODES + CHCODES}
for _extra in _numbered(_OPCODE_NAMES + ' ' + _TREE_ONLY)[len(OPCODES):]:
    _BY_NAME[_extra.name] = _extra


def _pairs(*names):
    """A dict mapping each first name's constant to the second's."""
    return {_BY_NAME[a]: _BY_NAME[b] for a, b in zip(names[::2], names[1::2])}


OP_IGNORE = _pairs('LITERAL', 'LITERAL_IGNORE', 'NOT_LITERAL', 'NOT_LITERAL_IGNORE')
OP_LOCALE_IGNORE = _pairs('LITERAL', 'LITERAL_LOC_IGNORE', 'NOT_LITERAL',
                          'NOT_LITERAL_LOC_IGNORE')
OP_UNICODE_IGNORE = _pairs('LITERAL', 'LITERAL_UNI_IGNORE', 'NOT_LITERAL',
                           'NOT_LITERAL_UNI_IGNORE')
AT_MULTILINE = _pairs('AT_BEGINNING', 'AT_BEGINNING_LINE', 'AT_END', 'AT_END_LINE')
AT_LOCALE = _pairs('AT_BOUNDARY', 'AT_LOC_BOUNDARY', 'AT_NON_BOUNDARY', 'AT_LOC_NON_BOUNDARY')
AT_UNICODE = _pairs('AT_BOUNDARY', 'AT_UNI_BOUNDARY', 'AT_NON_BOUNDARY', 'AT_UNI_NON_BOUNDARY')
_PLAIN_CATEGORIES = ('DIGIT', 'NOT_DIGIT', 'SPACE', 'NOT_SPACE', 'WORD', 'NOT_WORD',
                     'LINEBREAK', 'NOT_LINEBREAK')
CH_LOCALE = {_BY_NAME['CATEGORY_' + kind]:
             _BY_NAME['CATEGORY_LOC_' + kind if kind.endswith('WORD') else 'CATEGORY_' + kind]
             for kind in _PLAIN_CATEGORIES}
CH_UNICODE = {_BY_NAME['CATEGORY_' + kind]: _BY_NAME['CATEGORY_UNI_' + kind]
              for kind in _PLAIN_CATEGORIES}

SRE_FLAG_TEMPLATE = 1
SRE_FLAG_IGNORECASE = 2
SRE_FLAG_LOCALE = 4
SRE_FLAG_MULTILINE = 8
SRE_FLAG_DOTALL = 16
SRE_FLAG_UNICODE = 32
SRE_FLAG_VERBOSE = 64
SRE_FLAG_DEBUG = 128
SRE_FLAG_ASCII = 256
SRE_INFO_PREFIX = 1
SRE_INFO_LITERAL = 2
SRE_INFO_CHARSET = 4


def exported():
    """The public names of sre_constants, as a dict."""
    names = dict(_BY_NAME)
    for key, value in globals().items():
        if key.isupper() and not key.startswith('_'):
            names[key] = value
    names['error'] = error
    return names
