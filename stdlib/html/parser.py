"""html.parser for closured: HTMLParser, which reads HTML fed to it in
pieces and calls a handler method for each start tag, end tag, run of text,
comment, declaration, processing instruction and (with convert_charrefs
false) character or entity reference, as CPython's does: tag and attribute
names lowercased, attribute values unescaped, the contents of script and
style passed through as text. Written in Python over the re module."""

import re as _re
from html import unescape as _unescape

__all__ = ['HTMLParser']

_interesting_normal = _re.compile('[&<]')
_incomplete = _re.compile('&[a-zA-Z#]')
_entityref = _re.compile('&([a-zA-Z][-.a-zA-Z0-9]*)[^a-zA-Z0-9]')
_charref = _re.compile('&#(?:[0-9]+|[xX][0-9a-fA-F]+)[^0-9a-fA-F]')
_starttagopen = _re.compile('<[a-zA-Z]')
_piclose = _re.compile('>')
_commentclose = _re.compile(r'--\s*>')
_tagfind = _re.compile(r'([a-zA-Z][^\t\n\r\f />\x00]*)(?:\s|/(?!>))*')
_attrfind = _re.compile(
    r'((?<=[\'"\s/])[^\s/>][^\s/=>]*)(\s*=+\s*'
    r'(\'[^\']*\'|"[^"]*"|(?![\'"])[^>\s]*))?(?:\s|/(?!>))*')
# How far a start tag reaches: its name, then attributes (a name, optionally
# '=' and a quoted or bare value) separated by blanks or lone slashes. It
# stops before the closing '>' or '/>', or where the tag goes wrong.
_locatestarttagend = _re.compile(r"""
  <[a-zA-Z][^\t\n\r\f />\x00]*
  (?:[\s/]*
    (?:(?<=['"\s/])[^\s/>][^\s/=>]*     # a name, after a quote, blank or slash
      (?:\s*=+\s*
        (?:'[^']*' | "[^"]*" | (?!['"])[^>\s]* )   # single, double or unquoted
        \s*
      )?
      (?:\s|/(?!>))*
    )*
  )?
  \s*
""", _re.VERBOSE)
# What ends a reference: without one in sight, text ending in '&name' may
# be a reference cut in two by feed.
_reference_end = _re.compile(r'[\s;]')
_endendtag = _re.compile('>')
_STILL_OPEN = 'abcdefghijklmnopqrstuvwxyz=/ABCDEFGHIJKLMNOPQRSTUVWXYZ'
_endtagfind = _re.compile(r'</\s*([a-zA-Z][-.a-zA-Z0-9:_]*)\s*>')
_declname = _re.compile(r'[a-zA-Z][-_.a-zA-Z0-9]*\s*')
_declstringlit = _re.compile(r'(\'[^\']*\'|"[^"]*")\s*')


class HTMLParser:
    """Feed it text (feed, then close); override the handle_* methods to
    receive what it finds."""

    CDATA_CONTENT_ELEMENTS = ('script', 'style')

    def __init__(self, *, convert_charrefs=True):
        self.convert_charrefs = convert_charrefs
        self.reset()

    def reset(self):
        self.rawdata = ''
        self.lasttag = '???'
        self.interesting = _interesting_normal
        self.cdata_elem = None
        self.lineno = 1
        self.offset = 0

    def feed(self, data):
        self.rawdata = self.rawdata + data
        self.goahead(0)

    def close(self):
        self.goahead(1)

    def getpos(self):
        return self.lineno, self.offset

    def updatepos(self, i, j):
        if i >= j:
            return j
        rawdata = self.rawdata
        nlines = rawdata.count('\n', i, j)
        if nlines:
            self.lineno = self.lineno + nlines
            pos = rawdata.rindex('\n', i, j)
            self.offset = j - (pos + 1)
        else:
            self.offset = self.offset + j - i
        return j

    __starttag_text = None

    def get_starttag_text(self):
        return self.__starttag_text

    def set_cdata_mode(self, elem):
        self.cdata_elem = elem.lower()
        self.interesting = _re.compile(r'</\s*%s\s*>' % self.cdata_elem, _re.I)

    def clear_cdata_mode(self):
        self.interesting = _interesting_normal
        self.cdata_elem = None

    def _text(self, text):
        if self.convert_charrefs and not self.cdata_elem:
            self.handle_data(_unescape(text))
        else:
            self.handle_data(text)

    def goahead(self, end):
        """Handles as much of the buffered text as is complete (all of it
        when end is true)."""
        data = self.rawdata
        size = len(data)
        pos = 0
        while pos < size:
            stop = self._text_end(data, pos)
            if stop is None:
                break
            if stop > pos:
                self._text(data[pos:stop])
            pos = self.updatepos(pos, stop)
            if pos == size:
                break
            if data.startswith('<', pos):
                after, go_on = self._markup(data, pos, end)
            elif data.startswith('&', pos):
                after, go_on = self._reference(data, pos, end)
            else:
                raise AssertionError('we should not get here!')
            pos = self.updatepos(pos, after)
            if not go_on:
                break
        if end and pos < size and not self.cdata_elem:
            # What is left at the end is text, whatever it looks like.
            self._text(data[pos:])
            pos = self.updatepos(pos, size)
        self.rawdata = data[pos:]

    def _text_end(self, data, pos):
        """Where the text from pos ends: at the next markup (or reference,
        when those are reported), else at the end of data; None when the
        rest must wait for more data."""
        if self.convert_charrefs and not self.cdata_elem:
            lt = data.find('<', pos)
            if lt >= 0:
                return lt
            size = len(data)
            amp = data.rfind('&', max(pos, size - 34))
            if amp >= 0 and not _reference_end.search(data, amp):
                return None
            return size
        found = self.interesting.search(data, pos)
        if found:
            return found.start()
        # Inside script or style, text waits for its end tag.
        return None if self.cdata_elem else len(data)

    def _markup(self, data, pos, end):
        """Handles what starts with the '<' at pos: (the position after it,
        whether to go on); an incomplete construct waits for more data, or
        at the end is text up to the next '>' (or '<')."""
        if _starttagopen.match(data, pos):
            after = self.parse_starttag(pos)
        elif data.startswith('</', pos):
            after = self.parse_endtag(pos)
        elif data.startswith('<!--', pos):
            after = self.parse_comment(pos)
        elif data.startswith('<?', pos):
            after = self.parse_pi(pos)
        elif data.startswith('<!', pos):
            after = self.parse_html_declaration(pos)
        elif end or pos + 1 < len(data):
            self.handle_data('<')
            return pos + 1, True
        else:
            return pos, False
        if after >= 0:
            return after, True
        if not end:
            return pos, False
        gt = data.find('>', pos + 1)
        if gt >= 0:
            after = gt + 1
        else:
            lt = data.find('<', pos + 1)
            after = lt if lt >= 0 else pos + 1
        self._text(data[pos:after])
        return after, True

    def _reference(self, data, pos, end):
        """Handles the '&' at pos, met only when references are reported:
        (the position after what was handled, whether to go on)."""
        numeric = data.startswith('&#', pos)
        found = (_charref if numeric else _entityref).match(data, pos)
        if found:
            if numeric:
                self.handle_charref(found.group()[2:-1])
            else:
                self.handle_entityref(found.group(1))
            after = found.end()
            # The pattern takes the character after the name too; it
            # belongs to the reference only when it is the ';'.
            if data[after - 1] != ';':
                after -= 1
            return after, True
        if numeric:
            if data.find(';', pos) >= 0:
                self.handle_data(data[pos:pos + 2])
                return pos + 2, False
            return pos, False
        partial = _incomplete.match(data, pos)
        if partial:
            if end and partial.group() == data[pos:]:
                return pos + 1, False
            return pos, False
        if pos + 1 < len(data):
            self.handle_data('&')
            return pos + 1, True
        return pos, False

    def parse_html_declaration(self, i):
        rawdata = self.rawdata
        if rawdata[i:i + 4] == '<!--':
            return self.parse_comment(i)
        if rawdata[i:i + 3] == '<![':
            return self.parse_marked_section(i)
        if rawdata[i:i + 9].lower() == '<!doctype':
            gtpos = rawdata.find('>', i + 9)
            if gtpos == -1:
                return -1
            self.handle_decl(rawdata[i + 2:gtpos])
            return gtpos + 1
        return self.parse_bogus_comment(i)

    def parse_marked_section(self, i, report=1):
        rawdata = self.rawdata
        match = _declname.match(rawdata, i + 3)
        if not match:
            return -1
        keyword = match.group(0).strip().lower()
        if keyword in ('temp', 'cdata', 'ignore', 'include', 'rcdata'):
            close = rawdata.find(']]>', i + 3)
            length = 3
        elif keyword in ('if', 'else', 'endif'):
            close = rawdata.find(']>', i + 3)
            length = 2
        else:
            raise AssertionError('unknown status keyword %r in marked section'
                                 % rawdata[i + 3:match.end()])
        if close < 0:
            return -1
        if report:
            self.unknown_decl(rawdata[i + 3:close])
        return close + length

    def parse_comment(self, i, report=1):
        rawdata = self.rawdata
        if rawdata[i:i + 4] != '<!--':
            raise AssertionError('unexpected call to parse_comment()')
        match = _commentclose.search(rawdata, i + 4)
        if not match:
            return -1
        if report:
            self.handle_comment(rawdata[i + 4:match.start()])
        return match.end()

    def parse_bogus_comment(self, i, report=1):
        rawdata = self.rawdata
        pos = rawdata.find('>', i + 2)
        if pos == -1:
            return -1
        if report:
            self.handle_comment(rawdata[i + 2:pos])
        return pos + 1

    def parse_pi(self, i):
        rawdata = self.rawdata
        match = _piclose.search(rawdata, i + 2)
        if not match:
            return -1
        self.handle_pi(rawdata[i + 2:match.start()])
        return match.end()

    def parse_starttag(self, i):
        """Handles the start tag at i; the position after it, or -1 when it
        is not complete yet."""
        self.__starttag_text = None
        stop = self.check_for_whole_start_tag(i)
        if stop < 0:
            return stop
        data = self.rawdata
        self.__starttag_text = data[i:stop]
        name = _tagfind.match(data, i + 1)
        self.lasttag = tag = name.group(1).lower()
        attrs, pos = self._attributes(data, name.end(), stop)
        closing = data[pos:stop].strip()
        if closing == '/>':
            self.handle_startendtag(tag, attrs)
        elif closing == '>':
            self.handle_starttag(tag, attrs)
            if tag in self.CDATA_CONTENT_ELEMENTS:
                self.set_cdata_mode(tag)
        else:
            # Something that is not a tag after all: it is text.
            self.handle_data(data[i:stop])
        return stop

    def _attributes(self, data, pos, stop):
        """The (name, value) pairs from pos on, names lowercased, values
        unquoted and unescaped (None without '='); and where they end."""
        attrs = []
        while pos < stop:
            found = _attrfind.match(data, pos)
            if not found:
                break
            name, assigned, value = found.group(1, 2, 3)
            if assigned:
                quote = value[:1]
                if quote in ('"', "'") and value[-1:] == quote:
                    value = value[1:-1]
                if value:
                    value = _unescape(value)
            else:
                value = None
            attrs.append((name.lower(), value))
            pos = found.end()
        return attrs, pos

    def check_for_whole_start_tag(self, i):
        """Where the start tag at i ends; -1 when more data may complete
        it; just past '<' (or where the valid part stops) when it is broken."""
        found = _locatestarttagend.match(self.rawdata, i)
        if not found:
            raise AssertionError('we should not get here!')
        pos = found.end()
        following = self.rawdata[pos:pos + 1]
        if following == '>':
            return pos + 1
        if following == '/':
            return pos + 2 if self.rawdata.startswith('/>', pos) else -1
        # Nothing yet, or a name or value still being written.
        if not following or following in _STILL_OPEN:
            return -1
        return pos if pos > i else i + 1

    def parse_endtag(self, i):
        """Handles the end tag at i; the position after it, or -1 when it
        is not complete yet. Inside script or style only that element's
        end tag counts; any other is text."""
        data = self.rawdata
        gt = _endendtag.search(data, i + 1)
        if not gt:
            return -1
        after = gt.end()
        strict = _endtagfind.match(data, i)
        elem = strict.group(1).lower() if strict else None
        if self.cdata_elem is not None and elem != self.cdata_elem:
            self.handle_data(data[i:after])
            return after
        if strict:
            self.handle_endtag(elem)
            self.clear_cdata_mode()
            return after
        # A looser end tag: its name, whatever follows up to the '>'.
        name = _tagfind.match(data, i + 2)
        if not name:
            return i + 3 if data[i:i + 3] == '</>' else self.parse_bogus_comment(i)
        self.handle_endtag(name.group(1).lower())
        return data.find('>', name.end()) + 1
