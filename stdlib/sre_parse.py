"""sre_parse for closured: the deprecated name kept for code that imports
it. It gives sre_constants' names and the parser's character tables (DIGITS,
HEXDIGITS, WHITESPACE, SPECIAL_CHARS, FLAGS, ...). closured's re parses and
matches natively and builds no SubPattern tree: parse(), parse_template() and
expand_template() raise NotImplementedError naming what is missing."""

import warnings as _warnings
import _sre_names

_warnings.warn('module %r is deprecated' % __name__, DeprecationWarning, stacklevel=2)
globals().update(_sre_names.exported())

SPECIAL_CHARS = '.\\[{()*+?^$|'
REPEAT_CHARS = '*+?{'
DIGITS = frozenset('0123456789')
OCTDIGITS = frozenset('01234567')
HEXDIGITS = frozenset('0123456789abcdefABCDEF')
ASCIILETTERS = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ')
WHITESPACE = frozenset(' \t\n\r\v\f')
MAXWIDTH = 1 << 64
FLAGS = {'i': SRE_FLAG_IGNORECASE, 'L': SRE_FLAG_LOCALE, 'm': SRE_FLAG_MULTILINE,
         's': SRE_FLAG_DOTALL, 'x': SRE_FLAG_VERBOSE, 'a': SRE_FLAG_ASCII,
         't': SRE_FLAG_TEMPLATE, 'u': SRE_FLAG_UNICODE}
TYPE_FLAGS = SRE_FLAG_ASCII | SRE_FLAG_LOCALE | SRE_FLAG_UNICODE
GLOBAL_FLAGS = SRE_FLAG_DEBUG | SRE_FLAG_TEMPLATE
ESCAPES = {'\\' + letter: (LITERAL, ord(char)) for letter, char in
           (('a', '\a'), ('b', '\b'), ('f', '\f'), ('n', '\n'), ('r', '\r'), ('t', '\t'),
            ('v', '\v'), ('\\', '\\'))}
CATEGORIES = {
    '\\A': (AT, AT_BEGINNING_STRING), '\\b': (AT, AT_BOUNDARY),
    '\\B': (AT, AT_NON_BOUNDARY), '\\Z': (AT, AT_END_STRING),
    '\\d': (IN, [(CATEGORY, CATEGORY_DIGIT)]), '\\D': (IN, [(CATEGORY, CATEGORY_NOT_DIGIT)]),
    '\\s': (IN, [(CATEGORY, CATEGORY_SPACE)]), '\\S': (IN, [(CATEGORY, CATEGORY_NOT_SPACE)]),
    '\\w': (IN, [(CATEGORY, CATEGORY_WORD)]), '\\W': (IN, [(CATEGORY, CATEGORY_NOT_WORD)]),
}


def _missing(what):
    raise NotImplementedError('sre_parse.%s: closured\'s re is native and builds no sre '
                              'parse tree' % what)


def parse(str, flags=0, state=None):
    _missing('parse')


def parse_template(source, state):
    _missing('parse_template')


def expand_template(template, match):
    _missing('expand_template')
