"""zlib for closured: the checksums (crc32, adler32), and DEFLATE streams
with the zlib and gzip wrappers or raw (wbits as CPython's: 9..15, -9..-15,
25..31, and 40..47 to detect the wrapper). decompress reads any valid
stream. compress writes valid streams that any inflater reads, but not the
same bytes as CPython's zlib library (closured's own matcher and fixed
Huffman codes): lengths and bytes of compressed data differ from CPython's,
the data they decompress to does not."""

import _zlib
from binascii import crc32 as _crc32

__all__ = ['compress', 'decompress', 'compressobj', 'decompressobj', 'crc32', 'adler32',
           'error', 'MAX_WBITS', 'DEFLATED', 'DEF_MEM_LEVEL', 'DEF_BUF_SIZE',
           'Z_BEST_COMPRESSION', 'Z_BEST_SPEED', 'Z_DEFAULT_COMPRESSION', 'Z_NO_COMPRESSION',
           'Z_DEFAULT_STRATEGY', 'Z_FILTERED', 'Z_HUFFMAN_ONLY', 'Z_RLE', 'Z_FIXED',
           'Z_NO_FLUSH', 'Z_PARTIAL_FLUSH', 'Z_SYNC_FLUSH', 'Z_FULL_FLUSH', 'Z_FINISH',
           'Z_BLOCK', 'Z_TREES', 'ZLIB_VERSION', 'ZLIB_RUNTIME_VERSION']

MAX_WBITS = 15
DEFLATED = 8
DEF_MEM_LEVEL = 8
DEF_BUF_SIZE = 16384
Z_NO_COMPRESSION = 0
Z_BEST_SPEED = 1
Z_BEST_COMPRESSION = 9
Z_DEFAULT_COMPRESSION = -1
Z_DEFAULT_STRATEGY = 0
Z_FILTERED = 1
Z_HUFFMAN_ONLY = 2
Z_RLE = 3
Z_FIXED = 4
Z_NO_FLUSH = 0
Z_PARTIAL_FLUSH = 1
Z_SYNC_FLUSH = 2
Z_FULL_FLUSH = 3
Z_FINISH = 4
Z_BLOCK = 5
Z_TREES = 6
ZLIB_VERSION = '1.2.13'
ZLIB_RUNTIME_VERSION = '1.2.13'


class error(Exception):
    pass


def crc32(data, value=0, /):
    return _crc32(data, value)


def adler32(data, value=1, /):
    return _zlib.adler32(data, value & 0xFFFFFFFF)


def _check_level(level):
    if level != -1 and not 0 <= level <= 9:
        raise error('Bad compression level')


def _wrap(raw, data, level, wbits):
    """raw (a DEFLATE stream of data) in the wrapper wbits asks for."""
    if -15 <= wbits <= -9:
        return raw
    if 9 <= wbits <= 15:
        lvl = 2 if level == -1 else (0 if level < 2 else 1 if level < 6 else 2 if level == 6 else 3)
        cmf = ((wbits - 8) << 4) | 8
        flg = lvl << 6
        flg |= 31 - ((cmf << 8) | flg) % 31
        return bytes([cmf, flg]) + raw + adler32(data).to_bytes(4, 'big')
    if 25 <= wbits <= 31:
        xfl = 2 if level == 9 else 4 if level == 1 else 0
        return (b'\x1f\x8b\x08\x00\x00\x00\x00\x00' + bytes([xfl, 255]) + raw +
                crc32(data).to_bytes(4, 'little') + (len(data) & 0xFFFFFFFF).to_bytes(4, 'little'))
    raise ValueError('Invalid initialization option')


def compress(data, /, level=Z_DEFAULT_COMPRESSION, wbits=MAX_WBITS):
    """data compressed: a zlib stream (wbits 9..15), raw DEFLATE (-9..-15)
    or gzip (25..31)."""
    data = bytes(memoryview(data))
    _check_level(level)
    return _wrap(_zlib.deflate(data, level), data, level, wbits)


def _fail(msg, what='decompressing data'):
    return error('Error -3 while %s: %s' % (what, msg))


def _gzip_header(data):
    """The length of the gzip header at the start of data, or None when data
    ends inside it."""
    if len(data) < 10:
        return None
    if data[2] != 8:
        raise _fail('unknown compression method')
    flags = data[3]
    pos = 10
    if flags & 4:
        if len(data) < pos + 2:
            return None
        pos += 2 + int.from_bytes(data[pos:pos + 2], 'little')
    for bit in (8, 16):
        if flags & bit:
            end = data.find(b'\x00', pos)
            if end < 0:
                return None
            pos = end + 1
    if flags & 2:
        pos += 2
    return pos if pos <= len(data) else None


def _inflate(data, wbits):
    """(output, unused_data, finished) for the stream at the start of data;
    zlib.error for bad data. finished False: data ended inside the stream."""
    if wbits == 0:
        wbits = MAX_WBITS
    kind = None
    if -15 <= wbits <= -8:
        kind = 'raw'
    elif 8 <= wbits <= 15:
        kind = 'zlib'
    elif 24 <= wbits <= 31:
        kind = 'gzip'
    elif 40 <= wbits <= 47:
        kind = 'gzip' if data[:2] == b'\x1f\x8b' else 'zlib'
        if len(data) < 2:
            return b'', b'', False
    else:
        raise ValueError('Invalid initialization option')
    start = 0
    if kind == 'zlib':
        if len(data) < 2:
            return b'', b'', False
        cmf, flg = data[0], data[1]
        if (cmf << 8 | flg) % 31:
            raise _fail('incorrect header check')
        if cmf & 15 != 8:
            raise _fail('unknown compression method')
        if (cmf >> 4) + 8 > (abs(wbits) if abs(wbits) <= 15 else wbits - 32):
            raise _fail('invalid window size')
        if flg & 32:
            raise _fail('need dictionary')
        start = 2
    elif kind == 'gzip':
        if data[:2] != b'\x1f\x8b':
            if len(data) < 2:
                return b'', b'', False
            raise _fail('incorrect header check')
        start = _gzip_header(data)
        if start is None:
            return b'', b'', False
    out, used, status, msg = _zlib.inflate(data[start:])
    if status < 0:
        raise _fail(msg)
    if status == 0:
        return out, b'', False
    end = start + used
    if kind == 'zlib':
        if len(data) < end + 4:
            return out, b'', False
        if int.from_bytes(data[end:end + 4], 'big') != adler32(out):
            raise _fail('incorrect data check')
        end += 4
    elif kind == 'gzip':
        if len(data) < end + 8:
            return out, b'', False
        if int.from_bytes(data[end:end + 4], 'little') != crc32(out):
            raise _fail('incorrect data check')
        if int.from_bytes(data[end + 4:end + 8], 'little') != len(out) & 0xFFFFFFFF:
            raise _fail('incorrect length check')
        end += 8
    return out, data[end:], True


def decompress(data, /, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE):
    """The data a compressed stream holds; zlib.error for a damaged or
    truncated one."""
    if bufsize < 0:
        raise ValueError('bufsize must be non-negative')
    out, unused, finished = _inflate(bytes(memoryview(data)), wbits)
    if not finished:
        raise error('Error -5 while decompressing data: incomplete or truncated stream')
    return out


class _Compress:
    """compressobj(): data given piece by piece, compressed at flush()."""

    def __init__(self, level, wbits):
        self._level = level
        self._wbits = wbits
        self._data = []
        self._done = False

    def compress(self, data):
        if self._done:
            raise ValueError('inconsistent stream state')
        self._data.append(bytes(memoryview(data)))
        return b''

    def flush(self, mode=Z_FINISH):
        if mode == Z_NO_FLUSH:
            return b''
        if mode != Z_FINISH:
            raise error('closured compresses at Z_FINISH only')
        if self._done:
            return b''
        self._done = True
        data = b''.join(self._data)
        self._data = []
        return _wrap(_zlib.deflate(data, self._level), data, self._level, self._wbits)

    def copy(self):
        c = _Compress(self._level, self._wbits)
        c._data = list(self._data)
        c._done = self._done
        return c


class _Decompress:
    """decompressobj(): a stream given piece by piece; each decompress()
    returns what the data so far decodes to beyond what it returned before."""

    def __init__(self, wbits):
        self._wbits = wbits
        self._buf = b''
        self._given = 0
        self.unused_data = b''
        self.unconsumed_tail = b''
        self.eof = False

    def decompress(self, data, max_length=0):
        if max_length < 0:
            raise ValueError('max_length must be non-negative')
        data = bytes(memoryview(data))
        if self.eof:
            self.unused_data += data
            return b''
        self._buf += data
        out, unused, finished = _inflate(self._buf, self._wbits)
        fresh = out[self._given:]
        if max_length and len(fresh) > max_length:
            fresh = fresh[:max_length]
        self._given += len(fresh)
        if finished and self._given == len(out):
            self.eof = True
            self.unused_data = unused
            self._buf = b''
        return fresh

    def flush(self, length=DEF_BUF_SIZE):
        if length <= 0:
            raise ValueError('length must be greater than zero')
        if self.eof or not self._buf:
            return b''
        out, unused, finished = _inflate(self._buf, self._wbits)
        fresh = out[self._given:]
        self._given = len(out)
        if finished:
            self.eof = True
            self.unused_data = unused
            self._buf = b''
        return fresh

    def copy(self):
        d = _Decompress(self._wbits)
        d.__dict__.update(self.__dict__)
        return d


def compressobj(level=Z_DEFAULT_COMPRESSION, method=DEFLATED, wbits=MAX_WBITS,
                memLevel=DEF_MEM_LEVEL, strategy=Z_DEFAULT_STRATEGY, zdict=None):
    _check_level(level)
    if method != DEFLATED:
        raise ValueError('Invalid initialization option')
    if zdict is not None:
        raise error('closured does not compress with a preset dictionary')
    _wrap(b'', b'', level, wbits)  # checks wbits
    return _Compress(level, wbits)


def decompressobj(wbits=MAX_WBITS, zdict=b''):
    if zdict:
        raise error('closured does not decompress with a preset dictionary')
    if not (-15 <= wbits <= -8 or 8 <= wbits <= 15 or 24 <= wbits <= 31 or 40 <= wbits <= 47
            or wbits == 0):
        raise ValueError('Invalid initialization option')
    return _Decompress(wbits)
