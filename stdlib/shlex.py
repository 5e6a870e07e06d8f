"""shlex: splitting a command line the way a POSIX shell does (split, quote, join) and the
shlex lexer class behind them (posix and classic modes, whitespace_split, commenters,
punctuation_chars).

The lexer reads one character at a time from `instream` (a str is read through
io.StringIO); `source` inclusion of other files is not supported (no file can be opened).
"""

__all__ = ["shlex", "split", "quote", "join"]

import sys
from collections import deque
from io import StringIO

_LATIN1_LETTERS = ("ßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ"
                   "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ")


def _as_stream(source):
    """source to read from: a str as an in-memory stream, anything else as given."""
    return StringIO(source) if isinstance(source, str) else source


class shlex:
    """A lexer over instream; its tokens come from get_token() or by iterating it."""

    def __init__(self, instream=None, infile=None, posix=False, punctuation_chars=False):
        instream = _as_stream(instream)
        if instream is None:  # then the lexer reads standard input, under no file name
            instream, infile = sys.stdin, None
        self.instream, self.infile = instream, infile
        self.posix = posix
        self.eof = None if posix else ""
        self.commenters = "#"
        self.wordchars = ("abcdfeghijklmnopqrstuvwxyz"
                          "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_")
        if posix:
            self.wordchars += _LATIN1_LETTERS
        self.whitespace = " \t\r\n"
        self.whitespace_split = False
        self.quotes = "'\""
        self.escape = "\\"
        self.escapedquotes = '"'
        self.state = " "
        self.pushback = deque()
        self.lineno = 1
        self.debug = 0
        self.token = ""
        self.filestack = deque()
        self.source = None
        if not punctuation_chars:
            punctuation_chars = ""
        elif punctuation_chars is True:
            punctuation_chars = "();<>|&"
        self._punctuation_chars = punctuation_chars
        if punctuation_chars:
            self._pushback_chars = deque()
            # these may then appear inside words (file names, options)
            self.wordchars += "~-./*?="
            self.wordchars = "".join(c for c in self.wordchars if c not in punctuation_chars)

    @property
    def punctuation_chars(self):
        return self._punctuation_chars

    def push_token(self, tok):
        """Makes tok the next token get_token() returns."""
        self.pushback.appendleft(tok)

    def get_token(self):
        """The next token: a pushed-back one first; self.eof at the end."""
        if self.pushback:
            return self.pushback.popleft()
        token = self.read_token()
        while token == self.eof:
            if not self.filestack:
                return self.eof
            self.pop_source()
            token = self.get_token()
        return token

    def push_source(self, newstream, newfile=None):
        """Reads from newstream until it ends, then from the current stream again."""
        self.filestack.appendleft((self.infile, self.instream, self.lineno))
        self.instream, self.infile = _as_stream(newstream), newfile
        self.lineno = 1

    def pop_source(self):
        """Returns to the stream push_source() interrupted."""
        self.instream.close()
        (self.infile, self.instream, self.lineno) = self.filestack.popleft()
        self.state = " "

    def error_leader(self, infile=None, lineno=None):
        """The '"file", line N: ' prefix of an error message about the current position."""
        if infile is None:
            infile = self.infile
        if lineno is None:
            lineno = self.lineno
        return '"%s", line %d: ' % (infile, lineno)

    def _next_char(self):
        if self._punctuation_chars and self._pushback_chars:
            return self._pushback_chars.pop()
        return self.instream.read(1)

    def _skip_comment(self):
        self.instream.readline()
        self.lineno += 1

    def read_token(self):
        """Reads one raw token; states: ' ' between tokens, 'a' in a word, 'c' in a run of
        punctuation, a quote character inside quotes, an escape character after it, None
        at the end of the input."""
        quoted = False
        after_escape = " "  # the state an escaped character returns to
        while True:
            ch = self._next_char()
            if ch == "\n":
                self.lineno += 1
            state = self.state
            if state is None:
                self.token = ""
                break
            if state == " ":
                if not ch:
                    self.state = None
                    break
                if ch in self.whitespace:
                    if self.token or (self.posix and quoted):
                        break
                elif ch in self.commenters:
                    self._skip_comment()
                elif self.posix and ch in self.escape:
                    after_escape = "a"
                    self.state = ch
                elif ch in self.wordchars:
                    self.token = ch
                    self.state = "a"
                elif ch in self._punctuation_chars:
                    self.token = ch
                    self.state = "c"
                elif ch in self.quotes:
                    if not self.posix:
                        self.token = ch
                    self.state = ch
                elif self.whitespace_split:
                    self.token = ch
                    self.state = "a"
                else:
                    self.token = ch
                    if self.token or (self.posix and quoted):
                        break
            elif state in self.quotes:
                quoted = True
                if not ch:
                    raise ValueError("No closing quotation")
                if ch == state:
                    if not self.posix:
                        self.token += ch
                        self.state = " "
                        break
                    self.state = "a"
                elif self.posix and ch in self.escape and state in self.escapedquotes:
                    after_escape = state
                    self.state = ch
                else:
                    self.token += ch
            elif state in self.escape:
                if not ch:
                    raise ValueError("No escaped character")
                # inside quotes only the quote and the escape character itself are escaped
                if after_escape in self.quotes and ch != state and ch != after_escape:
                    self.token += state
                self.token += ch
                self.state = after_escape
            elif state in ("a", "c"):
                if not ch:
                    self.state = None
                    break
                if ch in self.whitespace:
                    self.state = " "
                    if self.token or (self.posix and quoted):
                        break
                elif ch in self.commenters:
                    self._skip_comment()
                    if self.posix:
                        self.state = " "
                        if self.token or (self.posix and quoted):
                            break
                elif state == "c":
                    if ch in self._punctuation_chars:
                        self.token += ch
                    else:
                        if ch not in self.whitespace:
                            self._pushback_chars.append(ch)
                        self.state = " "
                        break
                elif self.posix and ch in self.quotes:
                    self.state = ch
                elif self.posix and ch in self.escape:
                    after_escape = "a"
                    self.state = ch
                elif (ch in self.wordchars or ch in self.quotes
                      or (self.whitespace_split and ch not in self._punctuation_chars)):
                    self.token += ch
                else:
                    if self._punctuation_chars:
                        self._pushback_chars.append(ch)
                    else:
                        self.pushback.appendleft(ch)
                    self.state = " "
                    if self.token or (self.posix and quoted):
                        break
        token = self.token
        self.token = ""
        if self.posix and not quoted and token == "":
            token = None
        return token

    def __next__(self):
        # Tokens until the end marker (None in POSIX mode, '' otherwise).
        token = self.get_token()
        if token != self.eof:
            return token
        raise StopIteration

    def __iter__(self):
        return self


def split(s, comments=False, posix=True):
    """The words of command line s, as a POSIX shell splits them."""
    if s is None:  # then the lexer reads sys.stdin, as CPython 3.11 still does
        import warnings
        warnings.warn("Passing None for 's' to shlex.split() is deprecated.",
                      DeprecationWarning, stacklevel=2)
    lexer = shlex(s, posix=posix)
    lexer.whitespace_split = True
    if not comments:
        lexer.commenters = ""
    return list(lexer)


_SAFE = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_@%+=:,./-")


def quote(s):
    """s as one shell word: unchanged when it has only safe characters, else in single
    quotes (a single quote inside as '"'"')."""
    if not s:
        return "''"
    for c in s:
        if c not in _SAFE:
            return "'" + s.replace("'", "'\"'\"'") + "'"
    return s


def join(split_command):
    """The inverse of split(): the words quoted and joined by spaces."""
    return " ".join(quote(arg) for arg in split_command)
