"""_markupbase for closured: ParserBase, the scanning of declarations,
comments and marked sections that SGML-style parsers share (sgmllib3k, which
feedparser parses feeds with, derives from it). A subclass keeps the text in
self.rawdata and has the handle_* methods; each parse_* method takes the index
of a '<' and answers the index after what it read, or -1 when the text ends
inside it (more is to be fed)."""

import re

_NAME = re.compile(r'[a-zA-Z][-_.a-zA-Z0-9]*\s*')
_COMMENT_END = re.compile(r'--\s*>')
_SECTION_END = re.compile(r']\s*]\s*>')  # <![CDATA[ ... ]]>
_CONDITION_END = re.compile(r']\s*>')  # <![if ...]>, <![endif]>


class ParserBase:
    """Where the parser is (line and column) and the declaration scanners."""

    def __init__(self):
        if type(self) is ParserBase:
            raise RuntimeError("_markupbase.ParserBase must be subclassed")

    def reset(self):
        self.lineno = 1
        self.offset = 0

    def getpos(self):
        """(line, column) of the text read so far."""
        return self.lineno, self.offset

    def updatepos(self, i, j):
        """Moves the position over rawdata[i:j]; answers j."""
        if i >= j:
            return j
        newlines = self.rawdata.count('\n', i, j)
        if newlines:
            self.lineno += newlines
            self.offset = j - (self.rawdata.rindex('\n', i, j) + 1)
        else:
            self.offset += j - i
        return j

    def _name_at(self, j, start):
        """(lowercased name, index after it and its blanks), or (None, -1) when
        the text ends first; AssertionError when no name starts at j."""
        text = self.rawdata
        if j >= len(text):
            return None, -1
        found = _NAME.match(text, j)
        if found is None:
            self.updatepos(start, j)
            raise AssertionError("expected name token at %r" % text[start:start + 20])
        if found.end() == len(text):
            return None, -1  # the name may go on in the next chunk
        return found.group().strip().lower(), found.end()

    def _skip_quoted(self, j):
        """The index after the string literal starting at j, or -1."""
        end = self.rawdata.find(self.rawdata[j], j + 1)
        return -1 if end < 0 else end + 1

    def _skip_subset(self, j):
        """The index after the ']' closing a doctype's internal subset that
        starts at j (its strings and comments skipped), or -1."""
        text = self.rawdata
        while j < len(text):
            ch = text[j]
            if ch in '"\'':
                j = self._skip_quoted(j)
                if j < 0:
                    return -1
            elif text.startswith('<!--', j):
                found = _COMMENT_END.search(text, j + 4)
                if found is None:
                    return -1
                j = found.end()
            elif ch == ']':
                return j + 1
            else:
                j += 1
        return -1

    def parse_declaration(self, i):
        """<!...>: a doctype goes to handle_decl, another declaration to
        unknown_decl; <![ is a marked section."""
        text = self.rawdata
        j = i + 2
        if text.startswith('>', j):
            return j + 1  # <!>: an empty comment
        if j >= len(text) or text[j] == '-':
            return -1  # a comment is the caller's to parse (parse_comment)
        if text[j] == '[':
            return self.parse_marked_section(i)
        kind, j = self._name_at(j, i)
        if j < 0:
            return -1
        while j < len(text):
            ch = text[j]
            if ch == '>':
                body = text[i + 2:j]
                if kind == 'doctype':
                    self.handle_decl(body)
                else:
                    self.unknown_decl(body)
                return j + 1
            if ch in '"\'':
                j = self._skip_quoted(j)
            elif ch == '[':
                if kind != 'doctype':
                    raise AssertionError("unexpected '[' char in declaration")
                j = self._skip_subset(j + 1)
            else:
                j += 1
            if j < 0:
                return -1
        return -1

    def parse_marked_section(self, i, report=1):
        """<![keyword[ ... ]]> (or <![if ...]>): its text to unknown_decl."""
        keyword, j = self._name_at(i + 3, i)
        if j < 0:
            return -1
        if keyword in ('temp', 'cdata', 'ignore', 'include', 'rcdata'):
            found = _SECTION_END.search(self.rawdata, i + 3)
        elif keyword in ('if', 'else', 'endif'):
            found = _CONDITION_END.search(self.rawdata, i + 3)
        else:
            raise AssertionError('unknown status keyword %r in marked section'
                                 % self.rawdata[i + 3:j])
        if found is None:
            return -1
        if report:
            self.unknown_decl(self.rawdata[i + 3:found.start()])
        return found.end()

    def parse_comment(self, i, report=1):
        """<!-- ... -->: its text to handle_comment."""
        if not self.rawdata.startswith('<!--', i):
            raise AssertionError('unexpected call to parse_comment()')
        found = _COMMENT_END.search(self.rawdata, i + 4)
        if found is None:
            return -1
        if report:
            self.handle_comment(self.rawdata[i + 4:found.start()])
        return found.end()

    def unknown_decl(self, data):
        """A declaration other than a doctype: ignored unless overridden."""
