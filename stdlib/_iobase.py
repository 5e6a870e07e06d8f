"""_iobase: what the stream base classes of io do for their subclasses.

io.IOBase, RawIOBase, BufferedIOBase and TextIOBase (ABCs: the in-memory
and standard streams are registered with them): a subclass that defines
read() or readinto() or write() gets the rest from them
(readline, readlines, iteration, writelines, with, closed, tell, ...),
with CPython's defaults: a stream is neither readable, writable nor
seekable, and what it cannot do raises io.UnsupportedOperation.
"""

from abc import ABCMeta

DEFAULT_BUFFER_SIZE = 8192


class UnsupportedOperation(OSError, ValueError):
    pass


UnsupportedOperation.__module__ = "io"


def _closed_error():
    return ValueError("I/O operation on closed file.")


def _size(v):
    """A size argument: None means -1 (all)."""
    if v is None:
        return -1
    if not isinstance(v, int):
        if hasattr(v, "__index__"):
            return v.__index__()
        raise TypeError("argument should be integer or None, not '%s'" % type(v).__name__)
    return v


def _int_size(v):
    """A size that must be an int (RawIOBase.read's): None is refused, as in CPython."""
    if isinstance(v, int):
        return v
    index = getattr(type(v), "__index__", None)
    if index is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    return index(v)


class IOBase(metaclass=ABCMeta):
    """The root: closing, context management, line iteration."""

    _closed_flag = False

    def _unsupported(self, name):
        raise UnsupportedOperation(name)

    # -- state --

    @property
    def closed(self):
        return self._closed_flag

    def close(self):
        if not self._closed_flag:
            try:
                self.flush()
            finally:
                self._closed_flag = True

    def flush(self):
        self._checkClosed()

    def _checkClosed(self, msg=None):
        if self.closed:
            raise _closed_error() if msg is None else ValueError(msg)

    def _checkReadable(self, msg=None):
        if not self.readable():
            raise UnsupportedOperation("File or stream is not readable." if msg is None else msg)

    def _checkWritable(self, msg=None):
        if not self.writable():
            raise UnsupportedOperation("File or stream is not writable." if msg is None else msg)

    def _checkSeekable(self, msg=None):
        if not self.seekable():
            raise UnsupportedOperation("File or stream is not seekable." if msg is None else msg)

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    def isatty(self):
        self._checkClosed()
        return False

    def fileno(self):
        self._unsupported("fileno")

    def seek(self, pos, whence=0):
        self._unsupported("seek")

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        self._unsupported("truncate")

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *exc):
        self.close()

    # -- lines --

    def readline(self, size=-1):
        """Bytes up to and including b'\\n' (or size bytes), read one at a
        time, or through peek() when the stream has it."""
        size = _size(size)
        peek = getattr(self, "peek", None)
        res = bytearray()
        while size < 0 or len(res) < size:
            n = 1
            if peek is not None:
                ahead = peek(1)
                if not ahead:
                    break
                i = ahead.find(b"\n") + 1
                n = i if i > 0 else len(ahead)
                if size >= 0:
                    n = min(n, size - len(res))
            b = self.read(n)
            if not isinstance(b, (bytes, bytearray)):
                if b is None:
                    break
                raise OSError("read() should have returned a bytes object, not '%s'"
                              % type(b).__name__)
            res += b
            if not b or res.endswith(b"\n"):  # the stream's end, or the line's
                break
        return bytes(res)

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration

    def __iter__(self):
        self._checkClosed()
        return self

    def readlines(self, hint=None):
        hint = _size(hint)
        if hint <= 0:
            return list(self)
        lines, total = [], 0
        for line in self:
            lines.append(line)
            total += len(line)
            if total >= hint:
                break
        return lines

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    """Raw binary streams: read() and readall() built on readinto()."""

    def read(self, size=-1):
        size = _int_size(size)
        if size < 0:
            return self.readall()
        buffer = bytearray(size)
        n = self.readinto(buffer)
        # None: a non-blocking stream has nothing to give yet.
        return None if n is None else bytes(buffer[:n])

    def readall(self):
        chunks = bytearray()
        data = self.read(DEFAULT_BUFFER_SIZE)
        while data:
            chunks += data
            data = self.read(DEFAULT_BUFFER_SIZE)
        # Nothing read: the last answer as it came (b'' at the end, None when blocked).
        return bytes(chunks) if chunks else data

    def readinto(self, b):
        raise NotImplementedError

    def write(self, b):
        raise NotImplementedError


class BufferedIOBase(IOBase):
    """Buffered binary streams: readinto() built on read()."""

    def read(self, size=-1):
        self._unsupported("read")

    def read1(self, size=-1):
        self._unsupported("read1")

    def write(self, b):
        self._unsupported("write")

    def detach(self):
        self._unsupported("detach")

    def readinto(self, b):
        data = self.read(len(b))
        n = len(data)
        b[:n] = data
        return n

    def readinto1(self, b):
        data = self.read1(len(b))
        n = len(data)
        b[:n] = data
        return n


class TextIOBase(IOBase):
    """Text streams: str in and out; no encoding of their own."""

    def read(self, size=-1):
        self._unsupported("read")

    def write(self, s):
        self._unsupported("write")

    def truncate(self, pos=None):
        self._unsupported("truncate")

    def readline(self, size=-1):
        self._unsupported("readline")

    def detach(self):
        self._unsupported("detach")

    @property
    def encoding(self):
        return None

    @property
    def newlines(self):
        return None

    @property
    def errors(self):
        return None


for _cls in (IOBase, RawIOBase, BufferedIOBase, TextIOBase):
    _cls.__module__ = "io"
