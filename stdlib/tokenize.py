"""tokenize for closured: Python source split into the tokens CPython 3.11's
tokenize module reports (type, string, start, end, physical line), comments,
NL and INDENT/DEDENT included, from a readline callable of str lines
(generate_tokens) or of bytes lines (tokenize, which first reports the
encoding found by detect_encoding); untokenize puts tokens back into source.
Written in Python over the re module: a line at a time, one pattern that
matches the next token, and the state a token may leave open across lines (a
string still unterminated, open brackets, a backslash continuation)."""

import re as _re
import codecs as _codecs
import collections as _collections
from token import *
from token import EXACT_TOKEN_TYPES

__all__ = [n for n in dir() if n.isupper() and not n.startswith('_')] + [
    'tok_name', 'ISTERMINAL', 'ISNONTERMINAL', 'ISEOF',
    'tokenize', 'generate_tokens', 'detect_encoding', 'untokenize', 'TokenInfo']

cookie_re = _re.compile(r'^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)', _re.ASCII)
blank_re = _re.compile(br'^[ \t\f]*(?:[#\r\n]|$)', _re.ASCII)


class TokenError(Exception):
    pass


class StopTokenizing(Exception):
    pass


class TokenInfo(_collections.namedtuple('TokenInfo', 'type string start end line')):
    def __repr__(self):
        return ('TokenInfo(type=%s, string=%r, start=%r, end=%r, line=%r)'
                % ('%d (%s)' % (self.type, tok_name[self.type]), self.string,
                   self.start, self.end, self.line))

    @property
    def exact_type(self):
        if self.type == OP and self.string in EXACT_TOKEN_TYPES:
            return EXACT_TOKEN_TYPES[self.string]
        return self.type


# Pattern pieces: each a regular expression source, joined into the one pattern
# that finds the next token.
def group(*choices):
    return '(' + '|'.join(choices) + ')'


def any(*choices):
    return group(*choices) + '*'


def maybe(*choices):
    return group(*choices) + '?'


Name = r'\w+'
Whitespace = r'[ \f\t]*'
Comment = r'#[^\r\n]*'
Ignore = Whitespace + any(r'\\\r?\n' + Whitespace) + maybe(Comment)

# Numbers. Digits may be grouped by single underscores: a run of decimal digits is one
# digit, then any number of (optional underscore, digit).
_DIGIT_TAIL = r'(?:_?[0-9])*'
_DIGITS = r'[0-9]' + _DIGIT_TAIL


def _prefixed(letters, digit):
    """An integer written with a base prefix (0x, 0b, 0o): at least one digit, each
    of which may follow an underscore."""
    return '0[%s](?:_?[%s])+' % (letters, digit)


Hexnumber = _prefixed('xX', '0-9a-fA-F')
Binnumber = _prefixed('bB', '01')
Octnumber = _prefixed('oO', '0-7')
Decnumber = '(?:0(?:_?0)*|[1-9]' + _DIGIT_TAIL + ')'
Intnumber = group(Hexnumber, Binnumber, Octnumber, Decnumber)
Exponent = r'[eE][-+]?' + _DIGITS
Expfloat = _DIGITS + Exponent
Pointfloat = group(_DIGITS + r'\.(?:' + _DIGITS + ')?', r'\.' + _DIGITS) + maybe(Exponent)
Floatnumber = group(Pointfloat, Expfloat)
Imagnumber = group(_DIGITS + '[jJ]', Floatnumber + '[jJ]')
Number = group(Imagnumber, Floatnumber, Intnumber)


def _string_prefixes():
    """Every spelling of a string prefix, the empty one included: each of
    b, r, u, f, br, fr in any order and any case."""
    found = {''}
    for base in ('b', 'r', 'u', 'f', 'br', 'fr'):
        orders = [base] if len(base) == 1 else [base, base[::-1]]
        for word in orders:
            spellings = ['']
            for ch in word:
                spellings = [s + c for s in spellings for c in (ch, ch.upper())]
            found.update(spellings)
    return found


_prefixes = _string_prefixes()
StringPrefix = group(*sorted(_prefixes))

# The rest of a string once its opening quote is read.
Single = r"[^'\\]*(?:\\.[^'\\]*)*'"
Double = r'[^"\\]*(?:\\.[^"\\]*)*"'
Single3 = r"[^'\\]*(?:(?:\\.|'(?!''))[^'\\]*)*'''"
Double3 = r'[^"\\]*(?:(?:\\.|"(?!""))[^"\\]*)*"""'
Triple = group(StringPrefix + "'''", StringPrefix + '"""')
String = group(StringPrefix + r"'[^\n'\\]*(?:\\.[^\n'\\]*)*'",
               StringPrefix + r'"[^\n"\\]*(?:\\.[^\n"\\]*)*"')

# Operators, longest first so that '**=' wins over '**' and '*'.
Special = group(*[_re.escape(op) for op in
                  sorted(EXACT_TOKEN_TYPES, key=len, reverse=True)])
Funny = group(r'\r?\n', Special)

# A single-quoted string either closed on its line or continued by a backslash.
ContStr = group(StringPrefix + r"'[^\n'\\]*(?:\\.[^\n'\\]*)*" + group("'", r'\\\r?\n'),
                StringPrefix + r'"[^\n"\\]*(?:\\.[^\n"\\]*)*' + group('"', r'\\\r?\n'))
PseudoExtras = group(r'\\\r?\n|\Z', Comment, Triple)
PseudoToken = Whitespace + group(PseudoExtras, Number, Funny, ContStr, Name)

_pseudo_re = _re.compile(PseudoToken, _re.UNICODE)

# For each way a string opens, the pattern that finds where it closes.
endpats = {}
for _p in _prefixes:
    endpats[_p + "'"] = Single
    endpats[_p + '"'] = Double
    endpats[_p + "'''"] = Single3
    endpats[_p + '"""'] = Double3
_endprogs = {}

single_quoted = set()
triple_quoted = set()
for _p in _prefixes:
    single_quoted.add(_p + "'")
    single_quoted.add(_p + '"')
    triple_quoted.add(_p + "'''")
    triple_quoted.add(_p + '"""')
del _p

tabsize = 8


def _endprog(opening):
    prog = _endprogs.get(opening)
    if prog is None:
        prog = _endprogs[opening] = _re.compile(endpats[opening])
    return prog


def _tokens(readline):
    """The tokens of the str lines readline returns, '' (or StopIteration)
    ending the input."""
    lnum = 0
    parenlev = 0
    continued = False
    indents = [0]
    numchars = '0123456789'
    contstr = ''
    needcont = False
    contline = None
    strstart = None
    endprog = None
    last_line = ''
    line = ''
    while True:
        try:
            last_line = line
            line = readline()
        except StopIteration:
            line = ''
        if isinstance(line, bytes):
            raise TypeError('readline() returned bytes; use tokenize() for bytes input')
        lnum += 1
        pos = 0
        end_of_line = len(line)

        if contstr:
            # Inside a string that an earlier line opened.
            if not line:
                raise TokenError('EOF in multi-line string', strstart)
            endmatch = endprog.match(line)
            if endmatch:
                pos = endmatch.end(0)
                yield TokenInfo(STRING, contstr + line[:pos], strstart, (lnum, pos),
                                contline + line)
                contstr = ''
                needcont = False
                contline = None
            elif needcont and line[-2:] != '\\\n' and line[-3:] != '\\\r\n':
                yield TokenInfo(ERRORTOKEN, contstr + line, strstart, (lnum, len(line)),
                                contline)
                contstr = ''
                contline = None
                continue
            else:
                contstr += line
                contline += line
                continue

        elif parenlev == 0 and not continued:
            # A new logical line: measure its indentation.
            if not line:
                break
            column = 0
            while pos < end_of_line:
                ch = line[pos]
                if ch == ' ':
                    column += 1
                elif ch == '\t':
                    column = (column // tabsize + 1) * tabsize
                elif ch == '\f':
                    column = 0
                else:
                    break
                pos += 1
            if pos == end_of_line:
                break

            if line[pos] in '#\r\n':
                # A line holding only a comment or nothing: no indentation change.
                if line[pos] == '#':
                    comment = line[pos:].rstrip('\r\n')
                    yield TokenInfo(COMMENT, comment, (lnum, pos),
                                    (lnum, pos + len(comment)), line)
                    pos += len(comment)
                yield TokenInfo(NL, line[pos:], (lnum, pos), (lnum, len(line)), line)
                continue

            if column > indents[-1]:
                indents.append(column)
                yield TokenInfo(INDENT, line[:pos], (lnum, 0), (lnum, pos), line)
            while column < indents[-1]:
                if column not in indents:
                    raise IndentationError(
                        'unindent does not match any outer indentation level',
                        ('<tokenize>', lnum, pos, line))
                indents.pop()
                yield TokenInfo(DEDENT, '', (lnum, pos), (lnum, pos), line)

        else:
            # The logical line goes on (brackets open or a backslash).
            if not line:
                raise TokenError('EOF in multi-line statement', (lnum, 0))
            continued = False

        while pos < end_of_line:
            found = _pseudo_re.match(line, pos)
            if not found:
                yield TokenInfo(ERRORTOKEN, line[pos], (lnum, pos), (lnum, pos + 1), line)
                pos += 1
                continue
            start, end = found.span(1)
            spos, epos, pos = (lnum, start), (lnum, end), end
            if start == end:
                continue
            text = line[start:end]
            first = line[start]
            if first in numchars or (first == '.' and text != '.' and text != '...'):
                yield TokenInfo(NUMBER, text, spos, epos, line)
            elif first in '\r\n':
                yield TokenInfo(NL if parenlev > 0 else NEWLINE, text, spos, epos, line)
            elif first == '#':
                yield TokenInfo(COMMENT, text, spos, epos, line)
            elif text in triple_quoted:
                endprog = _endprog(text.lstrip('bBrRuUfF'))
                endmatch = endprog.match(line, pos)
                if endmatch:
                    pos = endmatch.end(0)
                    yield TokenInfo(STRING, line[start:pos], spos, (lnum, pos), line)
                else:
                    strstart = (lnum, start)
                    contstr = line[start:]
                    contline = line
                    break
            elif (first in single_quoted or text[:2] in single_quoted
                  or text[:3] in single_quoted):
                if text[-1] == '\n':
                    # Continued on the next line by a backslash.
                    strstart = (lnum, start)
                    quote = text.lstrip('bBrRuUfF')[0]
                    endprog = _endprog(quote)
                    contstr = line[start:]
                    needcont = True
                    contline = line
                    break
                yield TokenInfo(STRING, text, spos, epos, line)
            elif first.isidentifier():
                yield TokenInfo(NAME, text, spos, epos, line)
            elif first == '\\':
                continued = True
            else:
                if first in '([{':
                    parenlev += 1
                elif first in ')]}':
                    parenlev -= 1
                yield TokenInfo(OP, text, spos, epos, line)

    if last_line and last_line[-1] not in '\r\n' and not last_line.strip().startswith('#'):
        yield TokenInfo(NEWLINE, '', (lnum - 1, len(last_line)),
                        (lnum - 1, len(last_line) + 1), '')
    for _ in indents[1:]:
        yield TokenInfo(DEDENT, '', (lnum, 0), (lnum, 0), '')
    yield TokenInfo(ENDMARKER, '', (lnum, 0), (lnum, 0), '')


def generate_tokens(readline):
    """The tokens of source read as str lines."""
    return _tokens(readline)


def _normal_encoding(name):
    """The name a coding cookie's encoding is reported under: utf-8 and the
    latin-1 family by their canonical spelling, others as written."""
    low = name[:12].lower().replace('_', '-')
    if low == 'utf-8' or low.startswith('utf-8-'):
        return 'utf-8'
    for alias in ('latin-1', 'iso-8859-1', 'iso-latin-1'):
        if low == alias or low.startswith(alias + '-'):
            return 'iso-8859-1'
    return name


def detect_encoding(readline):
    """The encoding of source given as bytes lines (a UTF-8 BOM, a coding
    cookie in one of the first two lines, else utf-8) and the lines read to
    find it."""
    try:
        filename = readline.__self__.name
    except AttributeError:
        filename = None
    bom = False
    encoding = None
    default = 'utf-8'

    def read_line():
        try:
            return readline()
        except StopIteration:
            return b''

    def cookie_of(line):
        try:
            text = line.decode('utf-8')
        except UnicodeDecodeError:
            msg = 'invalid or missing encoding declaration'
            if filename is not None:
                msg = '{} for {!r}'.format(msg, filename)
            raise SyntaxError(msg)
        match = cookie_re.match(text)
        if not match:
            return None
        enc = _normal_encoding(match.group(1))
        try:
            _codecs.lookup(enc)
        except LookupError:
            if filename is None:
                msg = 'unknown encoding: ' + enc
            else:
                msg = 'unknown encoding for {!r}: {}'.format(filename, enc)
            raise SyntaxError(msg)
        if bom:
            if enc != 'utf-8':
                if filename is None:
                    msg = 'encoding problem: utf-8'
                else:
                    msg = 'encoding problem for {!r}: utf-8'.format(filename)
                raise SyntaxError(msg)
            enc += '-sig'
        return enc

    first = read_line()
    if first.startswith(_codecs.BOM_UTF8):
        bom = True
        first = first[3:]
        default = 'utf-8-sig'
    if not first:
        return default, []
    encoding = cookie_of(first)
    if encoding:
        return encoding, [first]
    if not blank_re.match(first):
        return default, [first]
    second = read_line()
    if not second:
        return default, [first]
    encoding = cookie_of(second)
    if encoding:
        return encoding, [first, second]
    return default, [first, second]


def tokenize(readline):
    """The tokens of source read as bytes lines, after an ENCODING token
    naming how they were decoded."""
    encoding, consumed = detect_encoding(readline)
    pending = list(consumed)
    # A BOM was taken off the first line already: the rest is plain utf-8,
    # and the ENCODING token says so.
    if encoding == 'utf-8-sig':
        encoding = 'utf-8'

    def decoded():
        if pending:
            raw = pending.pop(0)
        else:
            try:
                raw = readline()
            except StopIteration:
                raw = b''
        return raw.decode(encoding) if raw else ''

    yield TokenInfo(ENCODING, encoding, (0, 0), (0, 0), '')
    yield from _tokens(decoded)


def untokenize(iterable):
    """Source text for tokens: from full 5-tuples each token at its recorded
    position (a gap of rows becomes backslash continuations); from (type,
    string) pairs a spacing of its own that reads back as the same tokens.
    Encoded to bytes when an ENCODING token named the encoding."""
    parts = []
    indents = []
    state = {'encoding': None}
    row, col = 1, 0
    startline = False
    it = iter(iterable)
    for tok in it:
        if len(tok) == 2:
            _untokenize_pairs(tok, it, parts, state)
            break
        tok_type, text, start, end = tok[0], tok[1], tok[2], tok[3]
        if tok_type == ENCODING:
            state['encoding'] = text
            continue
        if tok_type == ENDMARKER:
            break
        if tok_type == INDENT:
            indents.append(text)
            continue
        if tok_type == DEDENT:
            indents.pop()
            row, col = end
            continue
        if tok_type in (NEWLINE, NL):
            startline = True
        elif startline and indents:
            if start[1] >= len(indents[-1]):
                parts.append(indents[-1])
                col = len(indents[-1])
            startline = False
        srow, scol = start
        if srow < row or (srow == row and scol < col):
            raise ValueError('start ({},{}) precedes previous end ({},{})'
                             .format(srow, scol, row, col))
        if srow > row:
            parts.append('\\\n' * (srow - row))
            col = 0
        if scol > col:
            parts.append(' ' * (scol - col))
        parts.append(text)
        row, col = end
        if tok_type in (NEWLINE, NL):
            row += 1
            col = 0
    out = ''.join(parts)
    if state['encoding'] is not None:
        out = out.encode(state['encoding'])
    return out


def _untokenize_pairs(first, rest, parts, state):
    indents = []
    startline = first[0] in (NEWLINE, NL)
    prevstring = False
    for tok in _chain_one(first, rest):
        tok_type, text = tok[0], tok[1]
        if tok_type == ENCODING:
            state['encoding'] = text
            continue
        if tok_type in (NAME, NUMBER):
            text += ' '
        if tok_type == STRING:
            if prevstring:
                text = ' ' + text
            prevstring = True
        else:
            prevstring = False
        if tok_type == INDENT:
            indents.append(text)
            continue
        if tok_type == DEDENT:
            indents.pop()
            continue
        if tok_type in (NEWLINE, NL):
            startline = True
        elif startline and indents:
            parts.append(indents[-1])
            startline = False
        parts.append(text)


def _chain_one(first, rest):
    yield first
    yield from rest
