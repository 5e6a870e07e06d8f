"""io: in-memory streams (StringIO, BytesIO), the stream base classes and
the wrappers (BufferedReader, ..., TextIOWrapper).

closured opens no file: there is no io.open and no FileIO. The base
classes (IOBase, RawIOBase, ...: _iobase.py) give their subclasses
CPython's default methods; sys.stdout and sys.stderr are registered as
TextIOWrapper, StringIO as TextIOBase and BytesIO as BufferedIOBase, as in
CPython. The wrappers (_iowrap.py) wrap streams a program builds.

StringIO and BytesIO keep what was written at the end as a list of pieces
joined on demand (by getvalue, read, seek, ...): the usual use, many
write() calls then one getvalue(), costs one append per write. Positions
count characters (StringIO) or bytes (BytesIO).
"""

import builtins as _builtins
import sys as _sys
import _io
from abc import ABCMeta

__all__ = ["BlockingIOError", "IOBase", "RawIOBase", "BufferedIOBase", "TextIOBase",
           "StringIO", "BytesIO", "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END",
           "DEFAULT_BUFFER_SIZE", "TextIOWrapper", "BufferedReader", "BufferedWriter",
           "BufferedRandom", "BufferedRWPair"]

from _iobase import (IOBase, RawIOBase, BufferedIOBase, TextIOBase, UnsupportedOperation,
                     DEFAULT_BUFFER_SIZE)
from _iowrap import BufferedReader, BufferedWriter, BufferedRandom, BufferedRWPair, TextIOWrapper

BlockingIOError = _builtins.BlockingIOError  # listed in __all__, as CPython's io re-exports it

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

# the standard streams are native text streams
TextIOWrapper.register(type(_sys.stdout))


_BYTES_LIKE = (bytes, bytearray, getattr(_builtins, "memoryview", bytearray))


def _closed_error():
    return ValueError("I/O operation on closed file.")


def _index(v, what):
    """An integer size or position argument: None means -1 (all)."""
    if v is None:
        return -1
    if not isinstance(v, int):
        if hasattr(v, "__index__"):
            return v.__index__()
        raise TypeError("argument should be integer or None, not '%s'" % type(v).__name__)
    return v


class _Memory:
    """What StringIO and BytesIO share: the value as pieces plus a position.

    _parts holds the value as a list of pieces (str or bytes), joined into
    one by _flat() when something needs the whole value. _fast says the
    stream is open, its position is at the end and a write needs no newline
    translation: write() then only appends a piece, and _pos is stale until
    _check() brings it up to date. Otherwise _pos is the stream position
    (it may lie past the end: a write there pads with NULs)."""

    _empty = ""

    def _flat(self):
        parts = self._parts
        if len(parts) != 1:
            v = self._empty.join(parts)
            parts.clear()
            parts.append(v)
            return v
        return parts[0]

    def _check(self):
        """Raises on a closed stream; leaves the fast mode (a valid _pos)."""
        if self._fast:
            self._pos = len(self._flat())
            self._fast = False
            if "write" in self.__dict__:
                del self.write
        elif self._closed:
            raise ValueError(self._closed_message)

    def _set_end(self, v):
        """After a write that ended at the end of the value v."""
        self._pos = len(v)
        if self._plain:
            self._enter_fast()

    def _enter_fast(self):
        """Appends from now on. When the class's write is this module's, the
        instance gets the native writer (_io) bound to _parts."""
        self._fast = True
        cls = type(self)
        if cls.write is cls._python_write:
            self.write = self._native_writer(self._parts)

    # -- state --

    @property
    def closed(self):
        return self._closed

    def close(self):
        if self._fast:
            self._check()
        self._closed = True
        self._parts = [self._empty]

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *exc):
        self.close()

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def isatty(self):
        self._check()
        return False

    def flush(self):
        self._check()

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def tell(self):
        self._check()
        return self._pos

    def getvalue(self):
        if self._closed:
            raise ValueError(self._closed_message)
        return self._flat()

    # -- reading --

    def read(self, size=-1):
        self._check()
        if size is not None and type(size) is not int:
            size = _index(size, "size")
        v = self._flat()
        start = self._pos
        n = len(v)
        if start >= n:
            return self._empty
        end = n if size is None or size < 0 else min(start + size, n)
        self._pos = end
        if start == 0 and end == n:
            return v
        return v[start:end]

    def readline(self, size=-1):
        self._check()
        if size is not None and type(size) is not int:
            size = _index(size, "size")
        v = self._flat()
        start = self._pos
        if start >= len(v):
            return self._empty
        end = self._line_end(v, start)
        if size is not None and 0 <= size < end - start:
            end = start + size
        self._pos = end
        return v[start:end]

    def _line_end(self, v, start):
        i = v.find(self._nl, start)
        return len(v) if i < 0 else i + 1

    def readlines(self, hint=-1):
        self._check()
        if hint is not None and type(hint) is not int:
            hint = _index(hint, "hint")
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                break
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                break
        return lines

    def __iter__(self):
        if self._closed:
            raise _closed_error()
        return self

    def __next__(self):
        if self._fast or self._closed or self._nl_any:
            line = self.readline()
        else:
            parts = self._parts
            v = parts[0] if len(parts) == 1 else self._flat()
            start = self._pos
            i = v.find(self._nl, start)
            end = len(v) if i < 0 else i + 1
            if start >= end:
                raise StopIteration
            self._pos = end
            return v[start:end]
        if not line:
            raise StopIteration
        return line

    # -- writing --

    def _write(self, s):
        """Writes s at the position (any position); returns len(s)."""
        self._check()
        n = len(s)
        v = self._flat()
        pos = self._pos
        size = len(v)
        if pos >= size:
            if pos > size:
                v = v + self._pad * (pos - size)
            v = v + s
        else:
            v = v[:pos] + s + v[pos + n:]
        self._parts[:] = [v]
        if pos + n >= len(v):
            self._set_end(v)
        else:
            self._pos = pos + n
        return n

    def writelines(self, lines):
        self._check()
        for line in lines:
            self.write(line)

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        else:
            size = _index(size, "size")
            if size < 0:
                raise ValueError("Negative size value %d" % size)
        v = self._flat()
        if size < len(v):
            self._parts[:] = [v[:size]]
        return size

    def __getstate__(self):
        raise TypeError("cannot pickle '%s' object" % type(self).__name__)


class StringIO(_Memory):
    """A text stream over a str: StringIO(initial_value='', newline='\\n')."""

    _empty = ""
    _pad = "\0"
    _closed_message = "I/O operation on closed file"

    def __init__(self, initial_value="", newline="\n"):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("newline must be str or None, not %s" % type(newline).__name__)
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %r" % (newline,))
        if initial_value is None:
            initial_value = ""
        if not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s"
                            % type(initial_value).__name__)
        self._newline = newline
        self._nl = "\n" if newline is None or newline == "" else newline[-1]
        # readline needs more than a search for one character
        self._nl_any = newline == "" or newline == "\r\n"
        # writes need no translation
        self._plain = newline == "\n" or newline == ""
        self._closed = False
        if newline is None:
            initial_value = initial_value.replace("\r\n", "\n").replace("\r", "\n")
        elif newline in ("\r", "\r\n"):
            initial_value = initial_value.replace("\n", newline)
        self._parts = [initial_value]
        self._pos = 0
        self._fast = False
        if self._plain and not initial_value:
            self._enter_fast()

    def write(self, s):
        if self._fast and type(s) is str:
            self._parts.append(s)
            return len(s)
        if self._closed:
            raise ValueError("I/O operation on closed file")
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        n = len(s)
        nl = self._newline
        if nl is None:
            if "\r" in s:
                s = s.replace("\r\n", "\n").replace("\r", "\n")
        elif not self._plain and "\n" in s:
            s = s.replace("\n", nl)
        self._write(s)
        return n

    def _line_end(self, v, start):
        if self._newline == "":
            # universal line ends, kept as written: \n, \r\n or a lone \r
            i = start
            n = len(v)
            while i < n:
                c = v[i]
                if c == "\n":
                    return i + 1
                if c == "\r":
                    if i + 1 < n and v[i + 1] == "\n":
                        return i + 2
                    return i + 1
                i += 1
            return n
        if self._newline == "\r\n":
            i = v.find("\r\n", start)
            return len(v) if i < 0 else i + 2
        i = v.find(self._nl, start)
        return len(v) if i < 0 else i + 1

    def seek(self, pos, whence=0):
        self._check()
        pos = _index(pos, "pos")
        if whence == 0:
            if pos < 0:
                raise ValueError("Negative seek position %d" % pos)
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")  # sic, as CPython
            self._pos = len(self._flat())
        else:
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos

    @property
    def line_buffering(self):
        return False

    @property
    def newlines(self):
        self._check()
        return None

    @property
    def encoding(self):
        return None

    @property
    def errors(self):
        return None

    def detach(self):
        raise UnsupportedOperation("detach")


class BytesIO(_Memory):
    """A binary stream over bytes: BytesIO(initial_bytes=b'')."""

    _empty = b""
    _pad = b"\0"
    _nl = b"\n"
    _nl_any = False
    _plain = True
    _closed_message = "I/O operation on closed file."

    def __init__(self, initial_bytes=b""):
        if initial_bytes is None:
            initial_bytes = b""
        if isinstance(initial_bytes, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        b = bytes(initial_bytes)
        self._closed = False
        self._parts = [b]
        self._pos = 0
        self._fast = False
        if not b:
            self._enter_fast()

    def write(self, b):
        if self._fast and type(b) is bytes:
            self._parts.append(b)
            return len(b)
        if self._closed:
            raise _closed_error()
        if type(b) is not bytes:
            if not isinstance(b, _BYTES_LIKE):
                raise TypeError("a bytes-like object is required, not '%s'" % type(b).__name__)
            b = bytes(b)
        return self._write(b)

    def read1(self, size=-1):
        return self.read(size)

    def readinto(self, buffer):
        data = self.read(len(buffer))
        n = len(data)
        buffer[:n] = data
        return n

    def getbuffer(self):
        self._check()
        return bytearray(self._flat())

    def seek(self, pos, whence=0):
        self._check()
        pos = _index(pos, "pos")
        if whence == 0:
            if pos < 0:
                raise ValueError("negative seek value %d" % pos)
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._flat()) + pos)
        else:
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos


StringIO._python_write = StringIO.write
StringIO._native_writer = staticmethod(_io.str_writer)
BytesIO._python_write = BytesIO.write
BytesIO._native_writer = staticmethod(_io.bytes_writer)
StringIO.__module__ = "_io"
BytesIO.__module__ = "_io"
TextIOBase.register(StringIO)
BufferedIOBase.register(BytesIO)
