"""email.feedparser for closured: FeedParser and BytesFeedParser take a message's text
in pieces (feed) and build the message object when closed. The text is read as CPython's
parser reads it: headers up to the first line that is no header (a blank line is dropped,
anything else starts the body and is recorded as a defect), then the body by content
type: multipart bodies split at their boundary lines into parts (preamble and epilogue
kept), message/* bodies parsed as one nested message, anything else kept as text."""

import re

from email import errors
from email._policybase import compat32

__all__ = ['FeedParser', 'BytesFeedParser']

_LINES = re.compile(r'[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+')
_LINE_END = re.compile(r'(\r\n|\r|\n)\Z')
_STARTS_BLANK = re.compile(r'\r\n|\r|\n')
_HEADER_LINE = re.compile(r'^(From |[\041-\071\073-\176]*:|[\t ])')


def _without_end(text):
    found = _LINE_END.search(text)
    return text[:found.start()] if found else text


class _Reader:
    """The lines of the text (each with its ending), read once, with the boundary tests
    of the enclosing multiparts: a line one of them matches reads as the end."""

    def __init__(self, lines):
        self.lines = lines
        self.at = 0
        self.stops = []

    def peek(self):
        if self.at >= len(self.lines):
            return None
        line = self.lines[self.at]
        return None if any(stop(line) for stop in self.stops) else line

    def take(self):
        line = self.peek()
        if line is not None:
            self.at += 1
        return line

    def rest(self):
        taken = []
        while self.peek() is not None:
            taken.append(self.take())
        return taken


class FeedParser:
    """Builds a message from text fed in pieces; close() returns it."""

    def __init__(self, _factory=None, *, policy=compat32):
        self.policy = policy
        if _factory is None:
            _factory = policy.message_factory
            if _factory is None:
                from email.message import Message
                _factory = Message
        self._factory = _factory
        self._chunks = []
        self._headersonly = False
        self._closed = None

    def _set_headersonly(self):
        self._headersonly = True

    def feed(self, data):
        """Add more of the message's text."""
        self._chunks.append(data)

    def _new_message(self, default_type=None):
        try:
            msg = self._factory(policy=self.policy)
        except TypeError:
            msg = self._factory()
        if default_type is not None:
            msg.set_default_type(default_type)
        return msg

    def close(self):
        """The message parsed from everything fed."""
        if self._closed is None:
            reader = _Reader(_LINES.findall(''.join(self._chunks)))
            root = self._new_message()
            self._read_message(root, reader)
            if root.get_content_maintype() == 'multipart' and not root.is_multipart() and \
                    not self._headersonly:
                self.policy.handle_defect(root, errors.MultipartInvariantViolationDefect())
            self._closed = root
        return self._closed

    def _read_message(self, msg, reader):
        header_lines = []
        while True:
            line = reader.peek()
            if line is None:
                break
            if not _HEADER_LINE.match(line):
                if _STARTS_BLANK.match(line):
                    reader.take()
                else:
                    self.policy.handle_defect(msg, errors.MissingHeaderBodySeparatorDefect())
                break
            header_lines.append(reader.take())
        self._store_headers(msg, header_lines, reader)
        if self._headersonly:
            msg.set_payload(''.join(reader.rest()))
        elif msg.get_content_type() == 'message/delivery-status':
            self._read_status_blocks(msg, reader)
        elif msg.get_content_maintype() == 'message':
            inner = self._new_message()
            msg.attach(inner)
            self._read_message(inner, reader)
        elif msg.get_content_maintype() == 'multipart':
            self._read_multipart(msg, reader)
        else:
            msg.set_payload(''.join(reader.rest()))

    def _store_headers(self, msg, lines, reader):
        name, source = None, []
        for number, line in enumerate(lines):
            if line[0] in ' \t':
                if name is None:
                    self.policy.handle_defect(
                        msg, errors.FirstHeaderLineIsContinuationDefect(line))
                else:
                    source.append(line)
                continue
            if name is not None:
                msg.set_raw(*self.policy.header_source_parse(source))
                name, source = None, []
            if line.startswith('From '):
                if number == 0:
                    msg.set_unixfrom(_without_end(line))
                elif number == len(lines) - 1:
                    # probably the body's first line: give it back
                    reader.at -= 1
                    return
                else:
                    self.policy.handle_defect(msg, errors.MisplacedEnvelopeHeaderDefect(line))
                continue
            colon = line.find(':')
            if colon == 0:
                self.policy.handle_defect(msg, errors.InvalidHeaderDefect('Missing header name.'))
                continue
            name, source = line[:colon], [line]
        if name is not None:
            msg.set_raw(*self.policy.header_source_parse(source))

    def _read_status_blocks(self, msg, reader):
        while reader.peek() is not None:
            block = self._new_message()
            lines = []
            while True:
                line = reader.peek()
                if line is None or _STARTS_BLANK.match(line):
                    break
                lines.append(reader.take())
            self._store_headers(block, lines, reader)
            msg.attach(block)
            if reader.peek() is None:
                break
            reader.take()

    def _read_multipart(self, msg, reader):
        boundary = msg.get_boundary()
        if boundary is None:
            self.policy.handle_defect(msg, errors.NoBoundaryInMultipartDefect())
            msg.set_payload(''.join(reader.rest()))
            return
        encoding = str(msg.get('content-transfer-encoding', '8bit')).lower()
        if encoding not in ('7bit', '8bit', 'binary'):
            self.policy.handle_defect(msg, errors.InvalidMultipartContentTransferEncodingDefect())
        marker = re.compile('(?P<sep>' + re.escape('--' + boundary) +
                            r')(?P<end>--)?(?P<ws>[ \t]*)(?P<linesep>\r\n|\r|\n)?$')
        preamble, seen_boundary, closed = [], False, False
        child_default = 'message/rfc822' if msg.get_content_type() == 'multipart/digest' \
            else None
        while True:
            line = reader.take()
            if line is None:
                break
            found = marker.match(line)
            if not found:
                preamble.append(line)
                continue
            if found.group('end'):
                closed = True
                break
            if not seen_boundary:
                if preamble:
                    preamble[-1] = _without_end(preamble[-1])
                    msg.preamble = ''.join(preamble)
                seen_boundary = True
            while reader.peek() is not None and marker.match(reader.peek()):
                reader.take()
            part = self._new_message(child_default)
            msg.attach(part)
            reader.stops.append(marker.match)
            try:
                self._read_message(part, reader)
            finally:
                reader.stops.pop()
            self._trim_part(part)
        if not seen_boundary:
            self.policy.handle_defect(msg, errors.StartBoundaryNotFoundDefect())
            msg.set_payload(''.join(preamble))
            msg.epilogue = ''.join(reader.rest())
            return
        if not closed:
            self.policy.handle_defect(msg, errors.CloseBoundaryNotFoundDefect())
            return
        msg.epilogue = ''.join(reader.rest())

    @staticmethod
    def _trim_part(part):
        """The line end before a boundary belongs to the boundary: take it off the part's
        text (or its epilogue; an empty epilogue becomes None)."""
        if part.get_content_maintype() == 'multipart':
            if part.epilogue == '':
                part.epilogue = None
            elif part.epilogue is not None:
                part.epilogue = _without_end(part.epilogue)
        elif isinstance(part._payload, str):
            part._payload = _without_end(part._payload)


class BytesFeedParser(FeedParser):
    """A FeedParser fed bytes (bytes outside ASCII kept as surrogate escapes)."""

    def feed(self, data):
        super().feed(data.decode('ascii', 'surrogateescape'))
