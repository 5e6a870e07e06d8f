"""The RFC 2822 address-list reader behind email.utils.parseaddr and getaddresses: a
lenient scanner that keeps what it can read (display names, addr-specs, groups, route
addresses, comments) the way CPython's reader does, down to its answers for malformed text."""

_BLANKS = ' \t'
_NEWLINES = '\r\n'
_SPECIALS = '()<>@,:;."[]'
_ATOM_STOPS = _SPECIALS + _BLANKS + _NEWLINES
_WORD_STOPS = _ATOM_STOPS.replace('.', '')


def _escape(text):
    return text.replace('\\', '\\\\').replace('"', '\\"')


class AddressScanner:
    """Reads the addresses of one header value; `comments` collects the text of the
    parenthesised comments met while reading the current address."""

    def __init__(self, text):
        self.text = text
        self.at = 0
        self.comments = []

    def _char(self):
        return self.text[self.at] if self.at < len(self.text) else ''

    def delimited(self, opener, closers, nested):
        """The text between opener and the first of closers (backslash escapes one
        character; with nested, inner comments are read as their bare text)."""
        if self._char() != opener:
            return ''
        self.at += 1
        pieces, escaped = [], False
        while self.at < len(self.text):
            ch = self.text[self.at]
            if escaped:
                pieces.append(ch)
                escaped = False
            elif ch in closers:
                self.at += 1
                break
            elif nested and ch == '(':
                pieces.append(self.delimited('(', ')\r', True))
                continue
            elif ch == '\\':
                escaped = True
            else:
                pieces.append(ch)
            self.at += 1
        return ''.join(pieces)

    def comment(self):
        return self.delimited('(', ')\r', True)

    def skip_space(self):
        """Step over blanks, line breaks and comments; the blanks stepped over."""
        blanks = []
        while self.at < len(self.text):
            ch = self.text[self.at]
            if ch == '(':
                self.comments.append(self.comment())
                continue
            if ch not in _BLANKS + _NEWLINES:
                break
            if ch in _BLANKS:
                blanks.append(ch)
            self.at += 1
        return ''.join(blanks)

    def atom(self, stops=_ATOM_STOPS):
        start = self.at
        while self.at < len(self.text) and self.text[self.at] not in stops:
            self.at += 1
        return self.text[start:self.at]

    def words(self):
        """The words of a display name (atoms with their dots, quoted strings)."""
        found = []
        while self.at < len(self.text):
            ch = self.text[self.at]
            if ch in _BLANKS + '\n\r':
                self.at += 1
            elif ch == '"':
                found.append(self.delimited('"', '"\r', False))
            elif ch == '(':
                self.comments.append(self.comment())
            elif ch in _WORD_STOPS:
                break
            else:
                found.append(self.atom(_WORD_STOPS))
        return found

    def domain(self):
        """The domain after '@' ('' when a second '@' makes it suspect)."""
        parts = []
        while self.at < len(self.text):
            ch = self.text[self.at]
            if ch in _BLANKS:
                self.at += 1
            elif ch == '(':
                self.comments.append(self.comment())
            elif ch == '[':
                parts.append('[%s]' % self.delimited('[', ']\r', False))
            elif ch == '.':
                self.at += 1
                parts.append('.')
            elif ch == '@':
                return ''
            elif ch in _ATOM_STOPS:
                break
            else:
                parts.append(self.atom())
        return ''.join(parts)

    def addr_spec(self):
        """local-part@domain, the local part's quoted words kept quoted; the local part
        alone when no '@' follows, '' when the domain is empty."""
        local = []
        self.skip_space()
        while self.at < len(self.text):
            ch = self.text[self.at]
            keep_blanks = ch != '.'
            if ch == '.':
                if local and not local[-1].strip():
                    local.pop()
                local.append('.')
                self.at += 1
            elif ch == '"':
                local.append('"%s"' % _escape(self.delimited('"', '"\r', False)))
            elif ch in _ATOM_STOPS:
                if local and not local[-1].strip():
                    local.pop()
                break
            else:
                local.append(self.atom())
            blanks = self.skip_space()
            if keep_blanks and blanks:
                local.append(blanks)
        if self._char() != '@':
            return ''.join(local)
        self.at += 1
        self.skip_space()
        host = self.domain()
        return ''.join(local) + '@' + host if host else ''

    def route_addr(self):
        """The address inside <...>; a source route ('@domain,...:') is read past."""
        if self._char() != '<':
            return ''
        self.at += 1
        route_next = False
        found = ''
        self.skip_space()
        while self.at < len(self.text):
            ch = self.text[self.at]
            if route_next:
                self.domain()
                route_next = False
            elif ch == '>':
                self.at += 1
                break
            elif ch == '@':
                self.at += 1
                route_next = True
            elif ch == ':':
                self.at += 1
            else:
                found = self.addr_spec()
                self.at += 1
                break
            self.skip_space()
        return found

    def address(self):
        """The (name, address) pairs of the next address or group."""
        self.comments = []
        self.skip_space()
        start, start_comments = self.at, list(self.comments)
        name_words = self.words()
        self.skip_space()
        ch = self._char()
        found = []
        if not ch:
            if name_words:
                found = [(' '.join(self.comments), name_words[0])]
        elif ch in '.@':
            self.at, self.comments = start, start_comments
            spec = self.addr_spec()
            found = [(' '.join(self.comments), spec)]
        elif ch == ':':
            self.at += 1
            while self.at < len(self.text):
                self.skip_space()
                if self._char() == ';':
                    self.at += 1
                    break
                found += self.address()
        elif ch == '<':
            spec = self.route_addr()
            name = ' '.join(name_words)
            if self.comments:
                name += ' (%s)' % ' '.join(self.comments)
            found = [(name, spec)]
        elif name_words:
            found = [(' '.join(self.comments), name_words[0])]
        elif ch in _SPECIALS:
            self.at += 1
        self.skip_space()
        if self._char() == ',':
            self.at += 1
        return found

    def all(self):
        """Every address of the text; an empty pair for each piece that held none."""
        result = []
        while self.at < len(self.text):
            result += self.address() or [('', '')]
        return result
