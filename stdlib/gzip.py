"""gzip for closured: the gzip format (RFC 1952) over zlib's raw deflate:
compress and decompress of bytes, and GzipFile reading or writing a stream
the program gives it (fileobj=BytesIO(...)). Members are read with every
header field, several members in a row, CRC and length checked. closured
opens no files: a GzipFile or open() given a file name raises
PermissionError. Compressed bytes are valid gzip but not CPython's (zlib's
compressor is closured's own)."""

import io as _io
import struct as _struct
import time as _time
import zlib as _zlib

__all__ = ['BadGzipFile', 'GzipFile', 'open', 'compress', 'decompress']

FTEXT, FHCRC, FEXTRA, FNAME, FCOMMENT = 1, 2, 4, 8, 16
READ, WRITE = 1, 2
_COMPRESS_LEVEL_FAST = 1
_COMPRESS_LEVEL_TRADEOFF = 6
_COMPRESS_LEVEL_BEST = 9
READ_BUFFER_SIZE = 128 * 1024


class BadGzipFile(OSError):
    """A gzip stream that is not one, or is damaged."""


def _refuse(filename):
    raise PermissionError('gzip: closured programs cannot open files (%r)' % (filename,))


def open(filename, mode='rb', compresslevel=_COMPRESS_LEVEL_BEST, encoding=None,
         errors=None, newline=None):
    if 't' in mode:
        if 'b' in mode:
            raise ValueError('Invalid mode: %r' % (mode,))
    else:  # binary: the text layer's arguments make no sense
        for name, value in (('encoding', encoding), ('errors', errors), ('newline', newline)):
            if value is not None:
                raise ValueError(f"Argument '{name}' not supported in binary mode")
    gz_mode = mode.replace('t', '')
    if isinstance(filename, (str, bytes)) or hasattr(filename, '__fspath__'):
        _refuse(filename)
    if hasattr(filename, 'read') or hasattr(filename, 'write'):
        binary = GzipFile(None, gz_mode, compresslevel, filename)
    else:
        raise TypeError('filename must be a str or bytes object, or a file')
    if 't' in mode:
        return _io.TextIOWrapper(binary, encoding, errors, newline)
    return binary


def _header(level, mtime, name=b''):
    if mtime is None:
        mtime = _time.time()
    if level == _COMPRESS_LEVEL_BEST:
        xfl = 2
    elif level == _COMPRESS_LEVEL_FAST:
        xfl = 4
    else:
        xfl = 0
    flags = FNAME if name else 0
    out = b'\x1f\x8b\x08' + bytes((flags,)) + _struct.pack('<L', int(mtime) & 0xffffffff)
    out += bytes((xfl, 255))
    if name:
        out += name + b'\x00'
    return out


def compress(data, compresslevel=_COMPRESS_LEVEL_BEST, *, mtime=None):
    """data as one gzip member."""
    data = bytes(data)
    deflater = _zlib.compressobj(compresslevel, _zlib.DEFLATED, -_zlib.MAX_WBITS,
                                 _zlib.DEF_MEM_LEVEL, 0)
    body = deflater.compress(data) + deflater.flush()
    trailer = _struct.pack('<LL', _zlib.crc32(data), len(data) & 0xffffffff)
    return _header(compresslevel, mtime) + body + trailer


def _skip_header(data, pos):
    """The position after a member's header at pos, and the header's mtime;
    None at the end of the data."""
    if pos >= len(data):
        return None
    if len(data) - pos < 10:
        raise EOFError('Compressed file ended before the end-of-stream marker was reached')
    if data[pos:pos + 2] != b'\x1f\x8b':
        raise BadGzipFile('Not a gzipped file (%r)' % data[pos:pos + 2])
    method, flags = data[pos + 2], data[pos + 3]
    if method != 8:
        raise BadGzipFile('Unknown compression method')
    mtime = _struct.unpack('<L', data[pos + 4:pos + 8])[0]
    pos += 10
    if flags & FEXTRA:
        if len(data) - pos < 2:
            raise EOFError('Compressed file ended before the end-of-stream marker was reached')
        extra = _struct.unpack('<H', data[pos:pos + 2])[0]
        pos += 2 + extra
    for flag in (FNAME, FCOMMENT):
        if flags & flag:
            end = data.find(b'\x00', pos)
            if end < 0:
                raise EOFError('Compressed file ended before the end-of-stream marker was '
                               'reached')
            pos = end + 1
    if flags & FHCRC:
        pos += 2
    if pos > len(data):
        raise EOFError('Compressed file ended before the end-of-stream marker was reached')
    return pos, mtime


def _members(data, detailed=False):
    """The uncompressed contents of each member of data, and the last mtime
    (detailed: a CRC error names both values, as GzipFile's reads do)."""
    data = bytes(data)
    pos = 0
    out = []
    mtime = None
    while True:
        head = _skip_header(data, pos)
        if head is None:
            break
        pos, mtime = head
        inflater = _zlib.decompressobj(-_zlib.MAX_WBITS)
        chunk = inflater.decompress(data[pos:])
        if not inflater.eof:
            raise EOFError('Compressed file ended before the end-of-stream marker was reached')
        rest = inflater.unused_data
        if len(rest) < 8:
            raise EOFError('Compressed file ended before the end-of-stream marker was reached')
        crc, size = _struct.unpack('<LL', rest[:8])
        if crc != _zlib.crc32(chunk):
            if detailed:
                raise BadGzipFile('CRC check failed %s != %s'
                                  % (hex(crc), hex(_zlib.crc32(chunk))))
            raise BadGzipFile('CRC check failed')
        if size != len(chunk) & 0xffffffff:
            raise BadGzipFile('Incorrect length of data produced')
        out.append(chunk)
        pos = len(data) - len(rest) + 8
        while pos < len(data) and data[pos] == 0:
            pos += 1    # padding between members
    return b''.join(out), mtime


def decompress(data):
    """The contents of every gzip member in data, joined."""
    return _members(data)[0]


class GzipFile(_io.BufferedIOBase):
    """A gzip stream over a binary file object the program gives it: read
    (the whole stream is decompressed on the first read) or write (the
    member is finished by close())."""

    myfileobj = None

    def __init__(self, filename=None, mode=None, compresslevel=_COMPRESS_LEVEL_BEST,
                 fileobj=None, mtime=None):
        if mode and ('t' in mode or 'U' in mode):
            raise ValueError('Invalid mode: {!r}'.format(mode))
        if mode and 'b' not in mode:
            mode += 'b'
        if fileobj is None:
            _refuse(filename)
        if filename is None:
            filename = getattr(fileobj, 'name', '')
            if not isinstance(filename, (str, bytes)):
                filename = ''
        if mode is None:
            mode = getattr(fileobj, 'mode', 'rb')
        if mode.startswith('r'):
            self.mode = READ
            self._data = None
            self._pos = 0
            self._mtime = None
        elif mode.startswith(('w', 'a', 'x')):
            self.mode = WRITE
            self._level = compresslevel
            self._crc = _zlib.crc32(b'')
            self._size = 0
            self._deflater = _zlib.compressobj(compresslevel, _zlib.DEFLATED,
                                               -_zlib.MAX_WBITS, _zlib.DEF_MEM_LEVEL, 0)
            self._write_mtime = mtime
            self._header_written = False
        else:
            raise ValueError('Invalid mode: {!r}'.format(mode))
        self.fileobj = fileobj
        self.name = filename
        self.compress = None

    @property
    def mtime(self):
        self._load()
        return self._mtime

    def __repr__(self):
        s = repr(self.fileobj)
        return '<gzip ' + s[1:-1] + ' ' + hex(id(self)) + '>'

    def _check_not_closed(self):
        if self.fileobj is None:
            raise ValueError('I/O operation on closed file')  # no full stop, as CPython's

    def _load(self):
        if self.mode == READ and self._data is None:
            self._data, self._mtime = _members(self.fileobj.read(), True)

    def write(self, data):
        self._check_not_closed()
        if self.mode != WRITE:
            import errno
            raise OSError(errno.EBADF, 'write() on read-only GzipFile object')
        if isinstance(data, (bytes, bytearray)):
            length = len(data)
        else:
            data = memoryview(data)
            length = data.nbytes
        if not self._header_written:
            name = self.name
            if isinstance(name, str):
                name = name.encode('latin-1')
            if name.endswith(b'.gz'):
                name = name[:-3]
            self.fileobj.write(_header(self._level, self._write_mtime, name.rpartition(b'/')[2]))
            self._header_written = True
        if length > 0:
            self.fileobj.write(self._deflater.compress(bytes(data)))
            self._size += length
            self._crc = _zlib.crc32(data, self._crc)
        return length

    def read(self, size=-1):
        self._check_not_closed()
        if self.mode != READ:
            import errno
            raise OSError(errno.EBADF, 'read() on write-only GzipFile object')
        self._load()
        if size is None or size < 0:
            size = len(self._data) - self._pos
        chunk = self._data[self._pos:self._pos + size]
        self._pos += len(chunk)
        return chunk

    def read1(self, size=-1):
        return self.read(size)

    def peek(self, n):
        self._load()
        return self._data[self._pos:self._pos + max(n, 1)]

    def readline(self, size=-1):
        self._check_not_closed()
        self._load()
        end = self._data.find(b'\n', self._pos)
        end = len(self._data) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        line = self._data[self._pos:end]
        self._pos = end
        return line

    @property
    def closed(self):
        return self.fileobj is None

    def close(self):
        """Ends a member being written (its header even when nothing was written, the
        rest of the deflated data, the CRC and size) and detaches the file; again,
        nothing."""
        fileobj, self.fileobj = self.fileobj, None
        if fileobj is None or self.mode != WRITE:
            return
        if not self._header_written:
            self.fileobj = fileobj
            self.write(b'')
            self.fileobj = None
        fileobj.write(self._deflater.flush())
        fileobj.write(_struct.pack('<LL', self._crc, self._size & 0xffffffff))

    def flush(self, zlib_mode=_zlib.Z_SYNC_FLUSH):
        self._check_not_closed()

    def fileno(self):
        return self.fileobj.fileno()

    def seekable(self):
        return True  # answered as CPython does; closured seeks only when reading

    def readable(self):
        return self.mode == READ

    def writable(self):
        return self.mode == WRITE

    def tell(self):
        self._check_not_closed()
        if self.mode == READ:
            return self._pos
        return self._size

    def rewind(self):
        if self.mode != READ:
            raise OSError("Can't rewind in write mode")
        self._pos = 0

    def seek(self, offset, whence=_io.SEEK_SET):
        if self.mode != READ:
            raise OSError('Negative seek in write mode')
        self._load()
        if whence == _io.SEEK_CUR:
            offset = self._pos + offset
        elif whence == _io.SEEK_END:
            offset = len(self._data) + offset
        self._pos = max(0, offset)
        return self._pos

    def __iter__(self):
        while True:
            line = self.readline()
            if not line:
                return
            yield line
