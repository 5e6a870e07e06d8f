"""Header folding for email.policy.EmailPolicy in closured: a header written as lines of at
most max_line_length characters, broken before whitespace, with text the policy's charset
cannot carry written as RFC 2047 encoded words (utf-8, 'q' or 'b', whichever is not
clearly longer), as CPython folds unstructured headers and address lists: encoded words
next to each other on a line merge into one, an encoded run too long for the line goes on
over the next lines, an address holding such text is encoded as a whole and moved to a
line of its own when it does not fit, and a word too long for any line is cut into
encoded words."""

import base64
import re

_WSP = ' \t'
_ADDRESS_HEADERS = frozenset(('to', 'from', 'cc', 'bcc', 'sender', 'reply-to', 'resent-to',
                              'resent-from', 'resent-cc', 'resent-bcc', 'resent-sender'))
_Q_SAFE = frozenset(b'-!*+/ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789')
_ENCODED = re.compile(r'=\?([^?]*)\?([qQbB])\?([^?]*)\?=')
_BETWEEN_WORDS = re.compile(r'(\?=)[ \t]+(?==\?)')


def encoded_word(text, charset='utf-8'):
    """text as one encoded word: 'q' unless it is five or more characters longer than 'b'."""
    data = text.encode(charset, 'surrogateescape')
    q_size = sum(1 if byte in _Q_SAFE or byte == 32 else 3 for byte in data)
    b_size = (len(data) + 2) // 3 * 4
    if q_size - b_size < 5:
        body = ''.join('_' if byte == 32 else chr(byte) if byte in _Q_SAFE else '=%02X' % byte
                       for byte in data)
        return '=?%s?q?%s?=' % (charset, body)
    return '=?%s?b?%s?=' % (charset, base64.b64encode(data).decode('ascii'))


def _decoded(text):
    """text with the encoded words this module wrote read back (blanks between two of them
    dropped, as RFC 2047 says)."""
    text = _BETWEEN_WORDS.sub(r'\1', text)

    def plain(match):
        charset, kind, body = match.groups()
        if kind in 'qQ':
            raw = re.sub(rb'=([0-9A-Fa-f]{2})', lambda m: bytes((int(m.group(1), 16),)),
                         body.replace('_', ' ').encode('ascii'))
        else:
            raw = base64.b64decode(body)
        return raw.decode(charset, 'surrogateescape')

    return _ENCODED.sub(plain, text)


def _take_blank(lines):
    """The blank ending the last line (removed from it), or ''."""
    last = lines[-1]
    if last and last[-1] in _WSP:
        lines[-1] = last[:-1]
        return last[-1]
    return ''


class _Folder:
    def __init__(self, maxlen, charset):
        self.maxlen = maxlen
        self.charset = charset  # what the header may carry unencoded
        self.lines = ['']
        self.ew_start = None  # where the line's last run of encoded words starts

    def fits(self, text):
        return len(text) <= self.maxlen - len(self.lines[-1])

    def plain(self, text):
        try:
            text.encode(self.charset)
        except UnicodeEncodeError:
            return False
        return True

    def new_line(self, text):
        self.lines.append(text)
        self.ew_start = None

    def add(self, token, may_encode=True):
        """Puts one word or blank (or a whole address) on the lines."""
        if not self.plain(token):
            self.encode(token)
            return
        if self.fits(token):
            self.lines[-1] += token
            return
        if len(token) + 1 <= self.maxlen:
            blank = _take_blank(self.lines)
            if blank or token[0] in _WSP:
                self.new_line(blank + token)
                return
        if may_encode:  # longer than any line: cut into encoded words
            self.encode(token)
            return
        blank = _take_blank(self.lines)
        if blank or token[0] in _WSP:
            self.new_line(blank + token)
        else:
            self.lines[-1] += token

    def encode(self, text):
        """text as encoded words from the end of the last line on, joined to the encoded
        words already there."""
        lines = self.lines
        if self.ew_start is not None:
            text = _decoded(lines[-1][self.ew_start:]) + text
            lines[-1] = lines[-1][:self.ew_start]
        if text[0] in _WSP:  # a blank before the words stays as it is
            if len(lines[-1]) == self.maxlen:
                lines.append(_take_blank(lines))
            lines[-1] += text[0]
            text = text[1:]
        tail = ''
        if text[-1] in _WSP:
            tail, text = text[-1], text[:-1]
        start = len(lines[-1]) if self.ew_start is None else self.ew_start
        frame = len('utf-8') + 7  # =?utf-8?x?...?=
        while text:
            room = self.maxlen - len(lines[-1])
            if room - frame <= 0:
                lines.append(' ')
                continue
            piece = text[:room - frame]
            word = encoded_word(piece)
            while len(word) > room:
                piece = piece[:-1]
                word = encoded_word(piece)
            lines[-1] += word
            text = text[len(piece):]
            if text:
                lines.append(' ')
                start = len(lines[-1])
        lines[-1] += tail
        self.ew_start = start


def _words(text):
    return [piece for piece in re.split(r'([ \t]+)', text) if piece]


def _split_addresses(text):
    """The addresses of a list, split at the commas outside quotes, <> and comments."""
    found, current, quoted, depth, angle = [], [], False, 0, False
    escaped = False
    for ch in text:
        if escaped:
            escaped = False
        elif ch == '\\' and quoted:
            escaped = True
        elif ch == '"' and not depth:
            quoted = not quoted
        elif not quoted and ch == '(':
            depth += 1
        elif not quoted and ch == ')' and depth:
            depth -= 1
        elif not quoted and not depth and ch in '<>':
            angle = ch == '<'
        elif ch == ',' and not quoted and not depth and not angle:
            found.append(''.join(current).strip())
            current = []
            continue
        current.append(ch)
    found.append(''.join(current).strip())
    return [address for address in found if address]


def _address_encoded(address, maxlen):
    """An address holding text to encode, as it is written alone: the display name as
    encoded words, then the <addr-spec>."""
    match = re.match(r'\s*(.*?)\s*(<[^<>]*>)\s*$', address)
    folder = _Folder(maxlen, 'us-ascii')
    if match is None:
        for token in _words(address):
            folder.add(token)
        return '\n'.join(folder.lines)
    name = match.group(1)
    if len(name) >= 2 and name[0] == name[-1] == '"':
        name = name[1:-1]
    for token in _words(name):
        folder.add(token)
    folder.ew_start = None
    folder.add(' ' + match.group(2), may_encode=False)
    return '\n'.join(folder.lines)


def fold(name, value, maxlen, linesep, utf8):
    """'name: value' folded, ending with linesep."""
    charset = 'utf-8' if utf8 else 'us-ascii'
    folder = _Folder(maxlen, charset)
    folder.add(name + ':', may_encode=False)
    value = str(value)
    if value:
        folder.add(' ', may_encode=False)
    whole_fits = folder.plain(value) and folder.fits(value)
    if not value or whole_fits:
        folder.lines[-1] += value
    elif name.lower() in _ADDRESS_HEADERS:
        addresses = _split_addresses(value)
        for number, address in enumerate(addresses):
            if number:
                folder.lines[-1] += ','
                address = ' ' + address
            if folder.plain(address):
                if folder.fits(address) or len(address) + 1 <= maxlen:
                    folder.add(address, may_encode=False)
                    continue
                # longer than a line: its display name's words, then the <addr-spec>
                match = re.match(r'(.*?)(\s*<[^<>]*>)\s*$', address)
                head, angle = (match.group(1), match.group(2)) if match else (address, '')
                for token in _words(head):
                    folder.add(token)
                if angle and len(angle) + 1 <= maxlen:
                    folder.add(angle, may_encode=False)
                elif angle:  # too long for any line: glued on after its blank
                    folder.add(angle[:len(angle) - len(angle.lstrip())], may_encode=False)
                    folder.lines[-1] += angle.lstrip()
                continue
            lead = address[:len(address) - len(address.lstrip())]
            written = lead + _address_encoded(address, maxlen)
            folder.ew_start = None
            if '\n' not in written:
                if not folder.fits(written):
                    folder.new_line(_take_blank(folder.lines))
                folder.lines[-1] += written
            else:
                for token in _words(address):
                    folder.add(token)
    else:
        for token in _words(value):
            folder.add(token)
    return linesep.join(folder.lines) + linesep
