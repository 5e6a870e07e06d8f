"""_iowrap: the io classes that wrap another stream: BufferedReader,
BufferedWriter, BufferedRandom and BufferedRWPair over a raw binary stream
(a RawIOBase subclass, a BytesIO, anything with readinto/write), and
TextIOWrapper over a binary one (str in and out, encoded, with CPython's
newline modes).

Nothing here touches a file: closured opens none, so these wrap streams a
program builds in memory (io.TextIOWrapper(io.BytesIO(data)) is the usual
way to test code that reads a text file).
"""

import codecs as _codecs
from _iobase import (BufferedIOBase, TextIOBase, UnsupportedOperation, DEFAULT_BUFFER_SIZE,
                     _closed_error, _size)


class _Buffered(BufferedIOBase):
    """A read buffer (_rbuf from _rpos on) and a write buffer (_wbuf) over
    raw; the subclasses say which of the two they use."""

    _reads = _writes = False

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if self._reads and not raw.readable():
            raise UnsupportedOperation("File or stream is not readable.")
        if self._writes and not raw.writable():
            raise UnsupportedOperation("File or stream is not writable.")
        buffer_size = _size(buffer_size)
        if buffer_size <= 0:
            raise ValueError("buffer size must be strictly positive")
        self._raw = raw
        self.buffer_size = buffer_size
        self._rbuf = b""
        self._rpos = 0
        self._wbuf = bytearray()

    def __repr__(self):
        name = "_io." + type(self).__qualname__ if type(self).__module__ == "_io" else \
            type(self).__module__ + "." + type(self).__qualname__
        try:
            n = self.name
        except (AttributeError, ValueError):
            return "<%s>" % name
        return "<%s name=%r>" % (name, n)

    # -- what the raw stream says --

    @property
    def raw(self):
        return self._raw

    @property
    def closed(self):
        return self._raw.closed

    @property
    def name(self):
        return self._raw.name

    @property
    def mode(self):
        return self._raw.mode

    def readable(self):
        self._check_detached()
        return self._reads and self._raw.readable()

    def writable(self):
        self._check_detached()
        return self._writes and self._raw.writable()

    def seekable(self):
        self._check_detached()
        return self._raw.seekable()

    def fileno(self):
        return self._raw.fileno()

    def isatty(self):
        return self._raw.isatty()

    def _check_detached(self):
        if self._raw is None:
            raise ValueError("raw stream has been detached")

    def detach(self):
        self._check_detached()
        self.flush()
        raw, self._raw = self._raw, None
        return raw

    def close(self):
        self._check_detached()
        if self._raw.closed:
            return
        try:
            self.flush()
        finally:
            self._raw.close()

    # -- reading --

    def _check_read(self):
        self._check_detached()
        if self._raw.closed:
            raise _closed_error()
        if not self._reads:
            raise UnsupportedOperation("read")
        if self._wbuf:
            self._flush_writes()

    def _fill(self, n):
        """Reads once from raw into the buffer; b'' at the end, None when raw
        has nothing now."""
        if hasattr(self._raw, "readinto"):
            b = bytearray(max(n, self.buffer_size))
            got = self._raw.readinto(b)
            if got is None:
                return None
            data = bytes(b[:got])
        else:
            data = self._raw.read(max(n, self.buffer_size))
            if data is None:
                return None
        self._rbuf = self._rbuf[self._rpos:] + data
        self._rpos = 0
        return data

    def _take(self, n):
        out = self._rbuf[self._rpos:self._rpos + n]
        self._rpos += len(out)
        return out

    def read(self, size=-1):
        size = _size(size)
        if size < -1:
            raise ValueError("read length must be non-negative or -1")
        self._check_read()
        if size == -1:
            parts = [self._take(len(self._rbuf))]
            while True:
                data = self._fill(self.buffer_size)
                if not data:
                    self._rbuf, self._rpos = b"", 0
                    if data is None and not any(parts):
                        return None
                    break
                parts.append(self._take(len(data)))
            return b"".join(parts)
        parts, want = [], size
        while want > 0:
            if self._rpos >= len(self._rbuf) and not self._fill(want):
                break
            piece = self._take(want)
            parts.append(piece)
            want -= len(piece)
        return b"".join(parts)

    def read1(self, size=-1):
        size = _size(size)
        self._check_read()
        if size < 0:
            size = self.buffer_size
        if size == 0:
            return b""
        if self._rpos >= len(self._rbuf):
            self._fill(size)
        return self._take(size)

    def peek(self, size=0):
        self._check_read()
        if self._rpos >= len(self._rbuf):
            self._fill(max(size, 1))
        return self._rbuf[self._rpos:]

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def readinto1(self, b):
        data = self.read1(len(b))
        b[:len(data)] = data
        return len(data)

    def readline(self, size=-1):
        size = _size(size)
        self._check_read()
        parts, got = [], 0
        while size < 0 or got < size:
            if self._rpos >= len(self._rbuf) and not self._fill(1):
                break
            i = self._rbuf.find(b"\n", self._rpos)
            n = len(self._rbuf) - self._rpos if i < 0 else i + 1 - self._rpos
            if size >= 0:
                n = min(n, size - got)
            parts.append(self._take(n))
            got += n
            if parts[-1].endswith(b"\n"):
                break
        return b"".join(parts)

    # -- writing --

    def write(self, b):
        self._check_detached()
        if self._raw.closed:
            raise ValueError("write to closed file")
        if not self._writes:
            raise UnsupportedOperation("write")
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        if self._rpos < len(self._rbuf):
            # the raw position is past what was read: back to the logical one
            self._raw.seek(self._rpos - len(self._rbuf), 1)
        self._rbuf, self._rpos = b"", 0
        data = bytes(b)
        self._wbuf += data
        if len(self._wbuf) > self.buffer_size:
            self._flush_writes()
        return len(data)

    def _flush_writes(self):
        while self._wbuf:
            n = self._raw.write(bytes(self._wbuf))
            if n is None:
                raise BlockingIOError(11, "write could not complete without blocking", 0)
            del self._wbuf[:n]

    def flush(self):
        self._check_detached()
        if self._raw.closed:
            raise ValueError("flush of closed file" if self._writes else "flush of closed file")
        if self._writes:
            self._flush_writes()
            if hasattr(self._raw, "flush"):
                self._raw.flush()

    def truncate(self, pos=None):
        self._check_detached()
        self.flush()
        if pos is None:
            pos = self.tell()
        return self._raw.truncate(pos)

    # -- position --

    def tell(self):
        self._check_detached()
        pos = self._raw.tell() - (len(self._rbuf) - self._rpos) + len(self._wbuf)
        return max(pos, 0)

    def seek(self, pos, whence=0):
        self._check_detached()
        if whence not in (0, 1, 2):
            raise ValueError("whence value %r unsupported" % (whence,))
        if self._raw.closed:
            raise _closed_error()
        if self._wbuf:
            self._flush_writes()
        if whence == 1:
            pos -= len(self._rbuf) - self._rpos
        self._rbuf, self._rpos = b"", 0
        return self._raw.seek(pos, whence)


class BufferedReader(_Buffered):
    _reads = True


class BufferedWriter(_Buffered):
    _writes = True


class BufferedRandom(_Buffered):
    _reads = _writes = True

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if not raw.seekable():
            raise UnsupportedOperation("File or stream is not seekable.")
        super().__init__(raw, buffer_size)


class BufferedRWPair(BufferedIOBase):
    """A reader and a writer (two raw streams) as one stream."""

    def __init__(self, reader, writer, buffer_size=DEFAULT_BUFFER_SIZE):
        self.reader = BufferedReader(reader, buffer_size)
        self.writer = BufferedWriter(writer, buffer_size)

    def read(self, size=-1):
        return self.reader.read(size)

    def read1(self, size=-1):
        return self.reader.read1(size)

    def peek(self, size=0):
        return self.reader.peek(size)

    def readinto(self, b):
        return self.reader.readinto(b)

    def readline(self, size=-1):
        return self.reader.readline(size)

    def write(self, b):
        return self.writer.write(b)

    def flush(self):
        return self.writer.flush()

    def readable(self):
        return self.reader.readable()

    def writable(self):
        return self.writer.writable()

    def isatty(self):
        return self.reader.isatty() or self.writer.isatty()

    @property
    def closed(self):
        return self.writer.closed

    def close(self):
        try:
            self.writer.close()
        finally:
            self.reader.close()


_NEWLINES = (None, "", "\n", "\r", "\r\n")


def _read_only(attribute, doc):
    """A property answering the wrapper's attribute, which it does not let be set."""
    return property(lambda self: getattr(self, attribute), doc=doc)


class TextIOWrapper(TextIOBase):
    """str over a binary stream: decoded as it is read (an incremental
    decoder, so a character split between two reads comes out whole) and
    encoded as it is written. newline=None reads '\\r' and '\\r\\n' as '\\n';
    '' keeps line ends as they are but ends lines at any of them; '\\n',
    '\\r' or '\\r\\n' ends lines there only, and writes '\\n' as that."""

    def __init__(self, buffer, encoding=None, errors=None, newline=None, line_buffering=False,
                 write_through=False):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("TextIOWrapper() argument 'newline' must be str or None, not %s"
                            % type(newline).__name__)
        if newline not in _NEWLINES:
            raise ValueError("illegal newline value: %s" % (newline,))
        if encoding is None or encoding == "locale":
            encoding = "UTF-8"  # the locale's, as CPython reports it
        if not isinstance(encoding, str):
            raise TypeError("TextIOWrapper() argument 'encoding' must be str or None, not %s"
                            % type(encoding).__name__)
        if errors is None:
            errors = "strict"
        _codecs.lookup(encoding)
        self._buffer = buffer
        self._encoding = encoding
        self._errors = errors
        self._newline = newline
        self._line_buffering = bool(line_buffering)
        self._write_through = bool(write_through)
        self._decoder = None
        self._text = ""  # decoded, not yet read
        self._eof = False
        self._seen = set()  # the line ends met while reading (newlines)
        self._held_cr = False  # a '\r' ended the last chunk (newline=None)

    def __repr__(self):
        parts = ["<_io.TextIOWrapper"]
        for attr in ("name", "mode"):
            try:
                parts.append("%s=%r" % (attr, getattr(self, attr)))
            except (AttributeError, ValueError):
                pass
        parts.append("encoding=%r>" % self._encoding)
        return " ".join(parts)

    # -- what the buffer says --

    buffer = _read_only('_buffer', 'The binary stream the text goes to and comes from.')
    encoding = _read_only('_encoding', 'The encoding text is read and written in.')
    errors = _read_only('_errors', "The encoding's error handler.")
    line_buffering = _read_only('_line_buffering', 'Whether a newline written flushes.')
    write_through = _read_only('_write_through', 'Whether writes go straight to buffer.')

    @property
    def newlines(self):
        if not self._seen:
            return None
        order = [n for n in ("\r", "\n", "\r\n") if n in self._seen]
        return order[0] if len(order) == 1 else tuple(order)

    @property
    def closed(self):
        return self._buffer.closed

    @property
    def name(self):
        return self._buffer.name

    @property
    def mode(self):
        return self._buffer.mode

    def readable(self):
        return self._buffer.readable()

    def writable(self):
        return self._buffer.writable()

    def seekable(self):
        return self._buffer.seekable()

    def fileno(self):
        return self._buffer.fileno()

    def isatty(self):
        return self._buffer.isatty()

    def _check(self):
        if self._buffer is None:
            raise ValueError("underlying buffer has been detached")
        if self._buffer.closed:
            raise _closed_error()

    def detach(self):
        if self._buffer is None:
            raise ValueError("underlying buffer has been detached")
        self.flush()
        buffer, self._buffer = self._buffer, None
        return buffer

    def close(self):
        if self._buffer is not None and not self._buffer.closed:
            try:
                self.flush()
            finally:
                self._buffer.close()

    def flush(self):
        self._check()
        self._buffer.flush()

    # -- reading --

    def _read_chunk(self):
        """Decodes one more chunk into _text; False at the end."""
        if self._eof:
            return False
        if self._decoder is None:
            self._decoder = _codecs.getincrementaldecoder(self._encoding)(self._errors)
        read1 = getattr(self._buffer, "read1", None)
        data = read1(DEFAULT_BUFFER_SIZE) if read1 is not None else \
            self._buffer.read(DEFAULT_BUFFER_SIZE)
        if data is None:
            data = b""
        text = self._decoder.decode(data, final=not data)
        if not data:
            self._eof = True
        if self._newline is None:
            text = self._translate(text)
        self._text += text
        return True

    def _translate(self, text):
        """Universal newlines on a newly decoded chunk; a final '\r' waits
        for the next chunk (it may start a '\r\n') unless the input ended."""
        if self._held_cr:
            text = "\r" + text
            self._held_cr = False
        if text.endswith("\r") and not self._eof:
            text = text[:-1]
            self._held_cr = True
        if "\r" not in text:
            if "\n" in text:
                self._seen.add("\n")
            return text
        rest = text
        if "\r\n" in text:
            self._seen.add("\r\n")
            rest = text.replace("\r\n", "")
        if "\r" in rest:
            self._seen.add("\r")
        if "\n" in rest:
            self._seen.add("\n")
        return text.replace("\r\n", "\n").replace("\r", "\n")

    def read(self, size=-1):
        self._check()
        if not self._buffer.readable():
            raise UnsupportedOperation("not readable")
        size = _size(size)
        if size < 0:
            while self._read_chunk():
                pass
            text, self._text = self._text, ""
            return text
        while len(self._text) < size and self._read_chunk():
            pass
        text, self._text = self._text[:size], self._text[size:]
        return text

    def _line_end(self, start):
        """The index just past the first line end in _text at or after start,
        or -1; a '\\r' at the very end may yet be followed by '\\n'."""
        t = self._text
        if self._newline is None or self._newline == "\n":
            i = t.find("\n", start)
            return -1 if i < 0 else i + 1
        if self._newline in ("\r", "\r\n"):
            i = t.find(self._newline, start)
            return -1 if i < 0 else i + len(self._newline)
        # newline '': any of '\r', '\n', '\r\n'
        for i in range(start, len(t)):
            c = t[i]
            if c == "\n":
                return i + 1
            if c == "\r":
                if i + 1 < len(t):
                    return i + 2 if t[i + 1] == "\n" else i + 1
                return i + 1 if self._eof else -1
        return -1

    def readline(self, size=-1):
        self._check()
        size = _size(size)
        start = 0
        while True:
            end = self._line_end(start)
            if end >= 0 or (0 <= size <= len(self._text)):
                break
            start = max(0, len(self._text) - 1)
            if not self._read_chunk():
                end = len(self._text)
                break
        if size >= 0 and (end < 0 or end > size):
            end = size
        line, self._text = self._text[:end], self._text[end:]
        return line

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    # -- writing --

    def write(self, s):
        self._check()
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s" % type(s).__name__)
        text = s
        if self._newline not in (None, "", "\n") and "\n" in text:
            text = text.replace("\n", self._newline)
        self._buffer.write(text.encode(self._encoding, self._errors))
        if self._line_buffering and ("\n" in s or "\r" in s):
            self.flush()
        return len(s)

    # -- position --

    def tell(self):
        self._check()
        if not self._buffer.seekable():
            raise UnsupportedOperation("underlying stream is not seekable")
        pending = len(self._text.encode(self._encoding, self._errors))
        return self._buffer.tell() - pending

    def seek(self, cookie, whence=0):
        self._check()
        if not self._buffer.seekable():
            raise UnsupportedOperation("underlying stream is not seekable")
        if whence == 1 and cookie != 0:
            raise UnsupportedOperation("can't do nonzero cur-relative seeks")
        if whence == 2 and cookie != 0:
            raise UnsupportedOperation("can't do nonzero end-relative seeks")
        if whence == 1:
            return self.tell()
        self.flush()
        self._text, self._eof, self._decoder, self._held_cr = "", False, None, False
        return self._buffer.seek(cookie, whence)

    def truncate(self, pos=None):
        self.flush()
        if pos is None:
            pos = self.tell()
        return self._buffer.truncate(pos)


for _cls in (BufferedReader, BufferedWriter, BufferedRandom, BufferedRWPair, TextIOWrapper):
    _cls.__module__ = "_io"
