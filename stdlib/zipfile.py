"""zipfile for closured: ZIP archives held in a stream the program gives
(ZipFile(io.BytesIO(...))), read, written and appended to. Entries are stored,
deflated (through closured's zlib) or bzip2 (through closured's bz2).
The local headers, stored data and the central directory are laid out as
CPython lays them out, so an archive of stored entries with the same names,
dates and data has CPython's bytes; deflated data is valid but not CPython's
bytes (zlib's compressor is closured's own). Zip64 records are read, not
written; encrypted entries and LZMA are refused with an error naming them.
closured opens no files: a file name given to ZipFile, write(), extract()
or extractall() raises PermissionError."""

import io as _io
import struct as _struct
import time as _time
import zlib as _zlib
import stat as _stat

__all__ = ['BadZipFile', 'BadZipfile', 'error', 'ZIP_STORED', 'ZIP_DEFLATED', 'ZIP_BZIP2',
           'ZIP_LZMA', 'is_zipfile', 'ZipInfo', 'ZipFile', 'PyZipFile', 'LargeZipFile', 'Path']


class BadZipFile(Exception):
    """The data is not a ZIP archive, or a part of it is damaged."""


class LargeZipFile(Exception):
    """The archive would need ZIP64 records, which were not allowed."""


error = BadZipfile = BadZipFile

ZIP_STORED = 0
ZIP_DEFLATED = 8
ZIP_BZIP2 = 12
ZIP_LZMA = 14
_METHOD_NAMES = {0: 'store', 1: 'shrink', 2: 'reduce', 3: 'reduce', 4: 'reduce', 5: 'reduce',
                 6: 'implode', 7: 'tokenize', 8: 'deflate', 9: 'deflate64', 10: 'implode',
                 12: 'bzip2', 14: 'lzma', 18: 'terse', 19: 'lz77', 97: 'wavpack', 98: 'ppmd'}
DEFAULT_VERSION = 20
ZIP64_VERSION = 45
BZIP2_VERSION = 46
LZMA_VERSION = 63
MAX_EXTRACT_VERSION = 63
ZIP64_LIMIT = (1 << 31) - 1
ZIP_FILECOUNT_LIMIT = (1 << 16) - 1
ZIP_MAX_COMMENT = (1 << 16) - 1

# The record layouts (APPNOTE.TXT), as struct formats with their signatures.
_LOCAL = '<4sBBHHHHLLLHH'
_LOCAL_SIG = b'PK\x03\x04'
_LOCAL_SIZE = _struct.calcsize(_LOCAL)
_CENTRAL = '<4sBBBBHHHHLLLHHHHHLL'
_CENTRAL_SIG = b'PK\x01\x02'
_CENTRAL_SIZE = _struct.calcsize(_CENTRAL)
_END = '<4sHHHHLLH'
_END_SIG = b'PK\x05\x06'
_END_SIZE = _struct.calcsize(_END)
_END64_LOC = '<4sLQL'
_END64_LOC_SIG = b'PK\x06\x07'
_END64_LOC_SIZE = _struct.calcsize(_END64_LOC)
_END64 = '<4sQ2H2L4Q'
_END64_SIG = b'PK\x06\x06'
_END64_SIZE = _struct.calcsize(_END64)
_DESCRIPTOR_SIG = 0x08074b50

# flag bits
_FLAG_ENCRYPTED = 0x1
_FLAG_DESCRIPTOR = 0x8
_FLAG_PATCHED = 0x20
_FLAG_STRONG = 0x40
_FLAG_UTF8 = 0x800


# Code page 437, the names' encoding when the UTF-8 flag is clear: bytes 0x80..0xFF.
_CP437_HIGH = ('\xc7\xfc\xe9\xe2\xe4\xe0\xe5\xe7\xea\xeb\xe8\xef'
               '\xee\xec\xc4\xc5\xc9\xe6\xc6\xf4\xf6\xf2\xfb\xf9'
               '\xff\xd6\xdc\xa2\xa3\xa5\u20a7\u0192\xe1\xed\xf3\xfa'
               '\xf1\xd1\xaa\xba\xbf\u2310\xac\xbd\xbc\xa1\xab\xbb'
               '\u2591\u2592\u2593\u2502\u2524\u2561\u2562\u2556\u2555\u2563\u2551\u2557'
               '\u255d\u255c\u255b\u2510\u2514\u2534\u252c\u251c\u2500\u253c\u255e\u255f'
               '\u255a\u2554\u2569\u2566\u2560\u2550\u256c\u2567\u2568\u2564\u2565\u2559'
               '\u2558\u2552\u2553\u256b\u256a\u2518\u250c\u2588\u2584\u258c\u2590\u2580'
               '\u03b1\xdf\u0393\u03c0\u03a3\u03c3\xb5\u03c4\u03a6\u0398\u03a9\u03b4'
               '\u221e\u03c6\u03b5\u2229\u2261\xb1\u2265\u2264\u2320\u2321\xf7\u2248'
               '\xb0\u2219\xb7\u221a\u207f\xb2\u25a0\xa0')


def _cp437(raw):
    return ''.join(chr(b) if b < 128 else _CP437_HIGH[b - 128] for b in raw)


def _refuse(what):
    raise PermissionError('zipfile: closured programs cannot open files (%r)' % (what,))


def _method_name(method):
    return _METHOD_NAMES.get(method, method)


def _check_method(method):
    if method in (ZIP_STORED, ZIP_DEFLATED, ZIP_BZIP2):
        return
    if method == ZIP_LZMA:
        raise RuntimeError('Compression requires the (missing) lzma module')
    raise NotImplementedError('That compression method is not supported')


class ZipInfo(object):
    """What the archive records about one member."""

    __slots__ = ('orig_filename', 'filename', 'date_time', 'compress_type', '_compresslevel',
                 'comment', 'extra', 'create_system', 'create_version', 'extract_version',
                 'reserved', 'flag_bits', 'volume', 'internal_attr', 'external_attr',
                 'header_offset', 'CRC', 'compress_size', 'file_size', '_raw_time',
                 '_end_offset')

    def __init__(self, filename='NoName', date_time=(1980, 1, 1, 0, 0, 0)):
        self.orig_filename = filename
        cut = filename.find('\x00')
        if cut >= 0:
            filename = filename[:cut]
        self.filename = filename
        if date_time[0] < 1980:
            raise ValueError('ZIP does not support timestamps before 1980')
        self.date_time = date_time
        self.compress_type = ZIP_STORED
        self._compresslevel = None
        self.comment = b''
        self.extra = b''
        self.create_system = 3
        self.create_version = DEFAULT_VERSION
        self.extract_version = DEFAULT_VERSION
        self.reserved = 0
        self.flag_bits = 0
        self.volume = 0
        self.internal_attr = 0
        self.external_attr = 0
        self.header_offset = 0
        self.CRC = 0
        self.compress_size = 0
        self.file_size = 0
        self._end_offset = None

    def is_dir(self):
        return self.filename.endswith('/')

    @classmethod
    def from_file(cls, filename, arcname=None, *, strict_timestamps=True):
        _refuse(filename)

    def __repr__(self):
        words = ['<%s filename=%r' % (type(self).__name__, self.filename)]
        if self.compress_type != ZIP_STORED:
            words.append(' compress_type=%s' % (_method_name(self.compress_type),))
        mode, low = self.external_attr >> 16, self.external_attr & 0xFFFF
        if mode:
            words.append(' filemode=%r' % (_stat.filemode(mode),))
        if low:
            words.append(' external_attr=%#x' % (low,))
        directory = self.is_dir()
        if self.file_size or not directory:
            words.append(' file_size=%r' % (self.file_size,))
        packed_differs = self.compress_type != ZIP_STORED or self.file_size != self.compress_size
        if packed_differs and (self.compress_size or not directory):
            words.append(' compress_size=%r' % (self.compress_size,))
        return ''.join(words) + '>'

    def _dos_stamp(self):
        year, month, day, hour, minute, second = self.date_time[:6]
        return (hour << 11 | minute << 5 | second // 2,
                (year - 1980) << 9 | month << 5 | day)

    def _name_bytes(self):
        try:
            return self.filename.encode('ascii'), self.flag_bits
        except UnicodeEncodeError:
            return self.filename.encode('utf-8'), self.flag_bits | _FLAG_UTF8

    def _versions(self):
        floor = 0
        if self.compress_type == ZIP_BZIP2:
            floor = BZIP2_VERSION
        elif self.compress_type == ZIP_LZMA:
            floor = LZMA_VERSION
        return max(floor, self.extract_version), max(floor, self.create_version)

    def FileHeader(self, zip64=None):
        """The local header that precedes this member's data."""
        if zip64:
            raise LargeZipFile('closured does not write ZIP64 records')
        if self.file_size > ZIP64_LIMIT or self.compress_size > ZIP64_LIMIT:
            raise LargeZipFile('Filesize would require ZIP64 extensions')
        name, flags = self._name_bytes()
        extract, create = self._versions()
        self.extract_version, self.create_version = extract, create
        dostime, dosdate = self._dos_stamp()
        if flags & _FLAG_DESCRIPTOR:
            crc = packed = size = 0
        else:
            crc, packed, size = self.CRC, self.compress_size, self.file_size
        return _struct.pack(_LOCAL, _LOCAL_SIG, extract, self.reserved, flags,
                            self.compress_type, dostime, dosdate, crc, packed, size,
                            len(name), len(self.extra)) + name + self.extra

    def _central_record(self):
        name, flags = self._name_bytes()
        extract, create = self._versions()
        dostime, dosdate = self._dos_stamp()
        return _struct.pack(_CENTRAL, _CENTRAL_SIG, create, self.create_system, extract,
                            self.reserved, flags, self.compress_type, dostime, dosdate,
                            self.CRC, self.compress_size, self.file_size, len(name),
                            len(self.extra), len(self.comment), 0, self.internal_attr,
                            self.external_attr, self.header_offset) + name + self.extra + \
            self.comment

    def _apply_zip64_extra(self):
        """Replaces the 0xFFFFFFFF placeholders with the values of a ZIP64 extra field."""
        data = self.extra
        at = 0
        while at + 4 <= len(data):
            tag, length = _struct.unpack('<HH', data[at:at + 4])
            if at + 4 + length > len(data):
                raise BadZipFile('Corrupt extra field %04x (size=%d)' % (tag, length))
            if tag == 1:
                values = data[at + 4:at + 4 + length]
                for field in ('file_size', 'compress_size', 'header_offset'):
                    if getattr(self, field) == 0xFFFFFFFF:
                        if len(values) < 8:
                            raise BadZipFile('Corrupt zip64 extra field. %s not found.'
                                             % (field.replace('_', ' ').replace('header',
                                                                                'Header'),))
                        setattr(self, field, _struct.unpack('<Q', values[:8])[0])
                        values = values[8:]
            at += 4 + length


def _is_archive(stream):
    try:
        return _read_end(stream) is not None
    except OSError:
        return False


def is_zipfile(filename):
    if isinstance(filename, (str, bytes)) or hasattr(filename, '__fspath__'):
        _refuse(filename)
    return _is_archive(filename)


def _read_end(stream):
    """The end-of-central-directory facts as a dict, or None when there is no record."""
    stream.seek(0, 2)
    size = stream.tell()
    window = min(size, _END_SIZE + ZIP_MAX_COMMENT)
    stream.seek(size - window)
    tail = stream.read(window)
    at = tail.rfind(_END_SIG)
    while at >= 0 and at + _END_SIZE > len(tail):
        at = tail.rfind(_END_SIG, 0, at)
    if at < 0:
        return None
    fields = _struct.unpack(_END, tail[at:at + _END_SIZE])
    comment_length = fields[7]
    record = {'disk': fields[1], 'count': fields[4], 'cd_size': fields[5],
              'cd_offset': fields[6], 'comment': tail[at + _END_SIZE:at + _END_SIZE +
                                                      comment_length],
              'at': size - window + at}
    locator_at = record['at'] - _END64_LOC_SIZE
    if locator_at >= 0:
        stream.seek(locator_at)
        locator = stream.read(_END64_LOC_SIZE)
        if len(locator) == _END64_LOC_SIZE and locator[:4] == _END64_LOC_SIG:
            _, disk, _, disks = _struct.unpack(_END64_LOC, locator)
            if disk or disks > 1:
                raise BadZipFile('zipfiles that span multiple disks are not supported')
            stream.seek(locator_at - _END64_SIZE)
            big = stream.read(_END64_SIZE)
            if len(big) != _END64_SIZE:
                raise BadZipFile('Corrupt ZIP64 end of central directory record')
            sig, _, _, _, disk, _, _, count, cd_size, cd_offset = _struct.unpack(_END64, big)
            if sig != _END64_SIG:
                raise BadZipFile('Zip64 directory record signature not found')
            record.update(count=count, cd_size=cd_size, cd_offset=cd_offset,
                          at=locator_at - _END64_SIZE)
    return record


class _Unpacker(object):
    """Turns a member's stored bytes back into its data, one call at a time."""

    def __init__(self, method):
        if method == ZIP_STORED:
            self._engine = None
        elif method == ZIP_DEFLATED:
            self._engine = _zlib.decompressobj(-15)
        elif method == ZIP_BZIP2:
            import bz2
            self._engine = bz2.BZ2Decompressor()
        else:
            _check_method(method)

    def feed(self, data):
        if self._engine is None:
            return data
        return self._engine.decompress(data)

    def finish(self):
        if self._engine is None or not hasattr(self._engine, 'flush'):
            return b''
        return self._engine.flush()


class _Packer(object):
    """Compresses a member's data as it is written."""

    def __init__(self, method, level):
        if method == ZIP_STORED:
            self._engine = None
        elif method == ZIP_DEFLATED:
            self._engine = _zlib.compressobj(_zlib.Z_DEFAULT_COMPRESSION if level is None
                                             else level, _zlib.DEFLATED, -15)
        elif method == ZIP_BZIP2:
            import bz2
            self._engine = bz2.BZ2Compressor(9 if level is None else level)
        else:
            _check_method(method)

    def feed(self, data):
        return data if self._engine is None else self._engine.compress(data)

    def finish(self):
        return b'' if self._engine is None else self._engine.flush()


class ZipExtFile(_io.BufferedIOBase):
    """A member opened for reading: its data, decompressed, CRC checked at the end."""

    def __init__(self, fileobj, mode, zipinfo, pwd=None, close_fileobj=False):
        self._source = fileobj
        self._owner_closes = close_fileobj
        self._info = zipinfo
        self.name = zipinfo.filename
        self.mode = mode
        self.newlines = None
        self._data_start = fileobj.tell()
        self._reset()

    def _reset(self):
        self._unpacker = _Unpacker(self._info.compress_type)
        self._left = self._info.compress_size
        self._ready = b''
        self._crc = 0
        self._done = False
        self._position = 0

    def __repr__(self):
        text = '<%s.%s' % (type(self).__module__, type(self).__qualname__)
        if self.closed:
            return text + ' [closed]>'
        text += ' name=%r mode=%r' % (self.name, self.mode)
        if self._info.compress_type != ZIP_STORED:
            text += ' compress_type=%s' % (_method_name(self._info.compress_type),)
        return text + '>'

    def readable(self):
        if self.closed:
            raise ValueError('I/O operation on closed file.')
        return True

    def seekable(self):
        if self.closed:
            raise ValueError('I/O operation on closed file.')
        return hasattr(self._source, 'seek')

    def _pull(self):
        """Decompresses the next piece into self._ready; False at the end of the member."""
        if self._done:
            return False
        if self._left > 0:
            piece = self._source.read(min(self._left, 65536))
            if not piece:
                raise EOFError
            self._left -= len(piece)
            out = self._unpacker.feed(piece)
        else:
            out = b''
        if self._left <= 0:
            out += self._unpacker.finish()
            self._done = True
        self._crc = _zlib.crc32(out, self._crc)
        self._ready += out
        if self._done:
            if self._crc != self._info.CRC:
                raise BadZipFile('Bad CRC-32 for file %r' % (self.name,))
        return True

    def read(self, n=-1):
        if self.closed:
            raise ValueError('read from closed file.')
        if n is None or n < 0:
            while self._pull():
                pass
            out, self._ready = self._ready, b''
        else:
            while len(self._ready) < n and self._pull():
                pass
            out, self._ready = self._ready[:n], self._ready[n:]
        self._position += len(out)
        return out

    def read1(self, n=-1):
        if n is None or n < 0:
            return self.read()
        if not self._ready:
            self._pull()
        return self.read(min(n, len(self._ready)) if self._ready else 0)

    def peek(self, n=1):
        if len(self._ready) < n:
            self._pull()
        return self._ready[:512] if self._ready else b''

    def readline(self, limit=-1):
        while b'\n' not in self._ready and (limit is None or limit < 0 or
                                             len(self._ready) < limit) and self._pull():
            pass
        end = self._ready.find(b'\n') + 1
        if end <= 0:
            end = len(self._ready)
        if limit is not None and limit >= 0:
            end = min(end, limit)
        return self.read(end)

    def tell(self):
        if self.closed:
            raise ValueError('tell on closed file.')
        return self._position

    def seek(self, offset, whence=0):
        if self.closed:
            raise ValueError('seek on closed file.')
        if not hasattr(self._source, 'seek'):
            raise _io.UnsupportedOperation('underlying stream is not seekable')
        if whence == 0:
            target = offset
        elif whence == 1:
            target = self._position + offset
        elif whence == 2:
            target = self._info.file_size + offset
        else:
            raise ValueError('invalid whence (%r, should be 0, 1 or 2)' % (whence,))
        target = max(0, min(target, self._info.file_size))
        if target < self._position:
            self._source.seek(self._data_start)
            self._reset()
        self.read(target - self._position)
        return self._position

    def close(self):
        try:
            if self._owner_closes and not self.closed:
                self._source.close()
        finally:
            super().close()


class _ZipWriteFile(_io.BufferedIOBase):
    """A member opened for writing: compresses what is written, records CRC and sizes."""

    def __init__(self, archive, zinfo):
        self._archive = archive
        self._info = zinfo
        self._packer = _Packer(zinfo.compress_type, zinfo._compresslevel)
        self._size = 0
        self._packed = 0
        self._crc = 0

    def writable(self):
        return True

    def write(self, data):
        if self.closed:
            raise ValueError('I/O operation on closed file.')
        data = bytes(memoryview(data))
        self._size += len(data)
        self._crc = _zlib.crc32(data, self._crc)
        out = self._packer.feed(data)
        self._packed += len(out)
        self._archive.fp.write(out)
        return len(data)

    def close(self):
        if self.closed:
            return
        try:
            tail = self._packer.finish()
            self._packed += len(tail)
            stream = self._archive.fp
            stream.write(tail)
            info = self._info
            info.CRC, info.compress_size, info.file_size = self._crc, self._packed, self._size
            if info.flag_bits & _FLAG_DESCRIPTOR:
                stream.write(_struct.pack('<LLLL', _DESCRIPTOR_SIG, info.CRC,
                                          info.compress_size, info.file_size))
                self._archive.start_dir = stream.tell()
            else:
                if self._size > ZIP64_LIMIT or self._packed > ZIP64_LIMIT:
                    raise RuntimeError('File size too large, try using force_zip64')
                self._archive.start_dir = stream.tell()
                stream.seek(info.header_offset)
                stream.write(info.FileHeader(False))
                stream.seek(self._archive.start_dir)
            self._archive._add_entry(info)
        finally:
            self._archive._writing = False
            super().close()


class ZipFile(object):
    """A ZIP archive in a stream: mode 'r' reads, 'w' and 'x' write a new one, 'a' adds."""

    fp = None
    _windows_illegal_name_trans_table = None

    def __init__(self, file, mode='r', compression=ZIP_STORED, allowZip64=True,
                 compresslevel=None, *, strict_timestamps=True, metadata_encoding=None):
        if mode not in ('r', 'w', 'x', 'a'):
            raise ValueError("ZipFile requires mode 'r', 'w', 'x', or 'a'")
        _check_method(compression)
        if metadata_encoding and mode != 'r':
            raise ValueError('metadata_encoding is only supported for reading files')
        if isinstance(file, (str, bytes)) or hasattr(file, '__fspath__'):
            _refuse(file)
        self.fp = file
        self.filename = getattr(file, 'name', None)
        self.mode = mode
        self.compression = compression
        self.compresslevel = compresslevel
        self._allowZip64 = allowZip64
        self._strict_timestamps = strict_timestamps
        self.metadata_encoding = metadata_encoding
        self.debug = 0
        self.NameToInfo = {}
        self.filelist = []
        self.pwd = None
        self._comment = b''
        self._modified = False
        self._writing = False
        self._seekable = True
        self.start_dir = 0
        try:
            if mode == 'r':
                self._load_directory()
            elif mode in ('w', 'x'):
                self._modified = True
                try:
                    self.start_dir = file.tell()
                except (AttributeError, OSError):
                    self._seekable = False
                    self.start_dir = 0
                else:
                    try:
                        file.seek(self.start_dir)
                    except (AttributeError, OSError):
                        self._seekable = False
            else:
                try:
                    self._load_directory()
                    file.seek(self.start_dir)
                except BadZipFile:
                    file.seek(0, 2)
                    self._modified = True
                    self.start_dir = file.tell()
        except BaseException:
            self.fp = None
            raise

    def __enter__(self):
        return self

    def __exit__(self, kind, value, tb):
        self.close()

    def __repr__(self):
        text = '<%s.%s' % (type(self).__module__, type(self).__qualname__)
        if self.fp is None:
            return text + ' [closed]>'
        if self.filename is not None:
            text += ' filename=%r' % (self.filename,)
        else:
            text += ' file=%r' % (self.fp,)
        return text + ' mode=%r>' % (self.mode,)

    def _decode_name(self, raw, flags):
        if flags & _FLAG_UTF8:
            return raw.decode('utf-8')
        if self.metadata_encoding:
            return raw.decode(self.metadata_encoding)
        return _cp437(raw)

    def _load_directory(self):
        stream = self.fp
        try:
            end = _read_end(stream)
        except OSError:
            raise BadZipFile('File is not a zip file')
        if end is None:
            raise BadZipFile('File is not a zip file')
        self._comment = end['comment']
        # Bytes prepended to the archive (a self-extractor's stub) shift every offset.
        shift = end['at'] - end['cd_size'] - end['cd_offset']
        if shift < 0:
            raise BadZipFile('Bad offset for central directory')
        self.start_dir = end['cd_offset'] + shift
        stream.seek(self.start_dir)
        directory = stream.read(end['cd_size'])
        at = 0
        while at < len(directory):
            head = directory[at:at + _CENTRAL_SIZE]
            if len(head) != _CENTRAL_SIZE:
                raise BadZipFile('Truncated central directory')
            fields = _struct.unpack(_CENTRAL, head)
            if fields[0] != _CENTRAL_SIG:
                raise BadZipFile('Bad magic number for central directory')
            name_len, extra_len, comment_len = fields[12], fields[13], fields[14]
            at += _CENTRAL_SIZE
            raw_name = directory[at:at + name_len]
            at += name_len
            flags = fields[5]
            info = ZipInfo(self._decode_name(raw_name, flags))
            info.extra = directory[at:at + extra_len]
            at += extra_len
            info.comment = directory[at:at + comment_len]
            at += comment_len
            (info.create_version, info.create_system, info.extract_version, info.reserved,
             info.flag_bits, info.compress_type) = fields[1:7]
            dostime, dosdate = fields[7], fields[8]
            info._raw_time = dostime
            info.date_time = ((dosdate >> 9) + 1980, (dosdate >> 5) & 0xF, dosdate & 0x1F,
                              dostime >> 11, (dostime >> 5) & 0x3F, (dostime & 0x1F) * 2)
            info.CRC, info.compress_size, info.file_size = fields[9:12]
            info.volume, info.internal_attr, info.external_attr = fields[15:18]
            info.header_offset = fields[18]
            if info.extract_version > MAX_EXTRACT_VERSION:
                raise NotImplementedError('zip file version %.1f' %
                                          (info.extract_version / 10,))
            info._apply_zip64_extra()
            info.header_offset += shift
            self.filelist.append(info)
            self.NameToInfo[info.filename] = info
        ends = sorted(info.header_offset for info in self.filelist)
        for info in self.filelist:
            later = [offset for offset in ends if offset > info.header_offset]
            info._end_offset = later[0] if later else self.start_dir

    def _add_entry(self, info):
        self.filelist.append(info)
        self.NameToInfo[info.filename] = info

    def namelist(self):
        return [info.filename for info in self.filelist]

    def infolist(self):
        return list(self.filelist)

    def getinfo(self, name):
        info = self.NameToInfo.get(name)
        if info is None:
            raise KeyError('There is no item named %r in the archive' % (name,))
        return info

    def printdir(self, file=None):
        print('%-46s %19s %12s' % ('File Name', 'Modified    ', 'Size'), file=file)
        for info in self.filelist:
            stamp = '%d-%02d-%02d %02d:%02d:%02d' % info.date_time[:6]
            print('%-46s %s %12d' % (info.filename, stamp, info.file_size), file=file)

    def testzip(self):
        for info in self.filelist:
            try:
                with self.open(info.filename, 'r') as member:
                    while member.read(1 << 16):
                        pass
            except BadZipFile:
                return info.filename
        return None

    def setpassword(self, pwd):
        if pwd and not isinstance(pwd, bytes):
            raise TypeError('pwd: expected bytes, got %s' % (type(pwd).__name__,))
        self.pwd = pwd or None

    @property
    def comment(self):
        return self._comment

    @comment.setter
    def comment(self, comment):
        if not isinstance(comment, bytes):
            raise TypeError('comment: expected bytes, got %s' % (type(comment).__name__,))
        if len(comment) > ZIP_MAX_COMMENT:  # the end record's length field is 16 bits
            import warnings
            warnings.warn('Archive comment is too long; truncating to %d bytes'
                          % ZIP_MAX_COMMENT, stacklevel=2)
            comment = comment[:ZIP_MAX_COMMENT]
        self._comment = comment
        self._modified = True

    def read(self, name, pwd=None):
        with self.open(name, 'r', pwd) as member:
            return member.read()

    def _check_open(self):
        if self.fp is None:
            raise ValueError('Attempt to use ZIP archive that was already closed')

    def open(self, name, mode='r', pwd=None, *, force_zip64=False):
        if mode not in ('r', 'w'):
            raise ValueError('open() requires mode "r" or "w"')
        if pwd and mode == 'w':
            raise ValueError('pwd is only supported for reading files')
        self._check_open()
        if mode == 'w':
            if isinstance(name, ZipInfo):
                info = name
            else:
                info = ZipInfo(name, _time.localtime(_time.time())[:6])
                info.compress_type = self.compression
                info._compresslevel = self.compresslevel
            return self._start_member(info, force_zip64)
        if self._writing:
            raise ValueError("Can't read from the ZIP file while there is an open writing "
                             "handle on it. Close the writing handle before trying to read.")
        info = name if isinstance(name, ZipInfo) else self.getinfo(name)
        stream = self.fp
        stream.seek(info.header_offset)
        head = stream.read(_LOCAL_SIZE)
        if len(head) != _LOCAL_SIZE:
            raise BadZipFile('Truncated file header')
        fields = _struct.unpack(_LOCAL, head)
        if fields[0] != _LOCAL_SIG:
            raise BadZipFile('Bad magic number for file header')
        raw_name = stream.read(fields[10])
        stream.read(fields[11])
        if info.flag_bits & _FLAG_PATCHED:
            raise NotImplementedError('compressed patched data (flag bit 5)')
        if info.flag_bits & _FLAG_STRONG:
            raise NotImplementedError('strong encryption (flag bit 6)')
        if self._decode_name(raw_name, fields[3]) != info.orig_filename:
            raise BadZipFile('File name in directory %r and header %r differ.'
                             % (info.orig_filename, raw_name))
        if info.flag_bits & _FLAG_ENCRYPTED:
            if not (pwd or self.pwd):
                raise RuntimeError('File %r is encrypted, password required for extraction'
                                   % (name,))
            raise NotImplementedError('closured zipfile does not decrypt encrypted entries')
        _check_method(info.compress_type)
        return ZipExtFile(stream, mode, info, pwd)

    def _start_member(self, info, force_zip64=False):
        if self._writing:
            raise ValueError("Can't write to the ZIP file while there is another write "
                             "handle open on it. Close the first handle before opening "
                             "another.")
        self._check_writable(info)
        if force_zip64:
            raise LargeZipFile('closured does not write ZIP64 records')
        info.compress_size = 0
        info.CRC = 0
        info.flag_bits = 0 if self._seekable else _FLAG_DESCRIPTOR
        if not info.external_attr:
            info.external_attr = 0o600 << 16
        if self._seekable:
            self.fp.seek(self.start_dir)
        info.header_offset = self.fp.tell() if self._seekable else self.start_dir
        self._modified = True
        self.fp.write(info.FileHeader(False))
        self._writing = True
        return _ZipWriteFile(self, info)

    def _check_writable(self, info):
        if self.mode not in ('w', 'x', 'a'):
            raise ValueError('write() requires mode \'w\', \'x\', or \'a\'')
        self._check_open()
        if info.filename in self.NameToInfo:
            import warnings
            warnings.warn('Duplicate name: %r' % (info.filename,), stacklevel=3)
        _check_method(info.compress_type)
        if len(self.filelist) >= ZIP_FILECOUNT_LIMIT:
            raise LargeZipFile('Files count is too large')

    def write(self, filename, arcname=None, compress_type=None, compresslevel=None):
        self._check_open()
        _refuse(filename)

    def mkdir(self, zinfo_or_directory_name, mode=511):
        if isinstance(zinfo_or_directory_name, ZipInfo):
            info = zinfo_or_directory_name
            if not info.is_dir():
                raise ValueError('The given ZipInfo does not describe a directory')
        elif isinstance(zinfo_or_directory_name, str):
            name = zinfo_or_directory_name
            if not name.endswith('/'):
                name += '/'
            info = ZipInfo(name, _time.localtime(_time.time())[:6])
            info.external_attr = ((0o40000 | mode) & 0xFFFF) << 16 | 0x10
        else:
            raise TypeError('Expected type str or ZipInfo')
        info.compress_size = info.file_size = info.CRC = 0
        with self._start_member(info) as member:
            member.write(b'')

    def writestr(self, zinfo_or_arcname, data, compress_type=None, compresslevel=None):
        if isinstance(data, str):
            data = data.encode('utf-8')
        if isinstance(zinfo_or_arcname, ZipInfo):
            info = zinfo_or_arcname
        else:
            info = ZipInfo(zinfo_or_arcname, _time.localtime(_time.time())[:6])
            info.compress_type = self.compression
            info._compresslevel = self.compresslevel
            if info.filename.endswith('/'):
                info.external_attr = 0o40775 << 16 | 0x10
            else:
                info.external_attr = 0o600 << 16
        self._check_open()
        if self._writing:
            raise ValueError("Can't write to ZIP archive while an open writing handle exists.")
        if compress_type is not None:
            info.compress_type = compress_type
        if compresslevel is not None:
            info._compresslevel = compresslevel
        info.file_size = len(data)
        with self._start_member(info) as member:
            member.write(data)

    def extract(self, member, path=None, pwd=None):
        _refuse(path if path is not None else member)

    def extractall(self, path=None, members=None, pwd=None):
        _refuse(path if path is not None else '.')

    def close(self):
        if self.fp is None:
            return
        if self._writing:
            raise ValueError("Can't close the ZIP file while there is an open writing "
                             "handle on it. Close the writing handle before closing the zip.")
        try:
            if self.mode in ('w', 'x', 'a') and self._modified:
                self._write_directory()
        finally:
            self.fp = None

    def _write_directory(self):
        stream = self.fp
        if self._seekable:
            stream.seek(self.start_dir)
        start = self.start_dir
        records = b''.join(info._central_record() for info in self.filelist)
        count = len(self.filelist)
        if count > ZIP_FILECOUNT_LIMIT or start > ZIP64_LIMIT or len(records) > ZIP64_LIMIT:
            raise LargeZipFile('closured does not write ZIP64 records')
        stream.write(records)
        stream.write(_struct.pack(_END, _END_SIG, 0, 0, count, count, len(records), start,
                                  len(self._comment)) + self._comment)
        if self.mode == 'a' and hasattr(stream, 'truncate'):
            stream.truncate()
        if hasattr(stream, 'flush'):
            stream.flush()


class PyZipFile(ZipFile):
    """ZipFile with writepy, which would read source files: refused in closured."""

    def __init__(self, file, mode='r', compression=ZIP_STORED, allowZip64=True, optimize=-1):
        ZipFile.__init__(self, file, mode, compression, allowZip64)
        self._optimize = optimize

    def writepy(self, pathname, basename='', filterfunc=None):
        _refuse(pathname)


class Path(object):
    """A path inside an archive, pathlib-style: name, parent, joinpath, /, iterdir,
    exists, is_dir, is_file, open, read_text, read_bytes."""

    def __init__(self, root, at=''):
        if not isinstance(root, ZipFile):
            root = ZipFile(root)
        self.root = root
        self.at = at

    def _names(self):
        known = set(self.root.namelist())
        for name in list(known):
            parts = name.rstrip('/').split('/')
            for depth in range(1, len(parts)):
                known.add('/'.join(parts[:depth]) + '/')
        return known

    def _next(self, at):
        return Path(self.root, at)

    @property
    def name(self):
        return self.at.rstrip('/').rsplit('/', 1)[-1]

    @property
    def suffix(self):
        name = self.name
        dot = name.rfind('.')
        return name[dot:] if 0 < dot < len(name) - 1 else ''

    @property
    def suffixes(self):
        name = self.name.lstrip('.')
        return ['.' + part for part in name.split('.')[1:]]

    @property
    def stem(self):
        suffix = self.suffix
        return self.name[:-len(suffix)] if suffix else self.name

    @property
    def filename(self):
        return self.at

    @property
    def parent(self):
        if not self.at:
            return self
        trimmed = self.at.rstrip('/')
        cut = trimmed.rfind('/')
        return self._next(trimmed[:cut + 1] if cut >= 0 else '')

    def exists(self):
        return self.at == '' or self.at in self._names() or self.at + '/' in self._names()

    def is_dir(self):
        return self.at == '' or self.at.endswith('/') and self.at in self._names()

    def is_file(self):
        return self.exists() and not self.is_dir()

    def iterdir(self):
        if not self.is_dir():
            raise ValueError("Can't listdir a file")
        found = []
        for name in sorted(self._names()):
            if name.startswith(self.at) and name != self.at:
                rest = name[len(self.at):].rstrip('/')
                if '/' not in rest:
                    found.append(self._next(name))
        return iter(found)

    def joinpath(self, *other):
        at = self.at
        for piece in other:
            at = (at + piece) if (at == '' or at.endswith('/')) else at + '/' + piece
        names = self._names()
        if at not in names and at + '/' in names:
            at += '/'
        return self._next(at)

    __truediv__ = joinpath

    def open(self, mode='r', *args, pwd=None, **kwargs):
        if self.is_dir():
            raise IsADirectoryError(self)
        if mode not in ('r', 'rb', 'w', 'wb'):
            raise ValueError('open() requires mode "r", "w", "rb" or "wb"')
        if mode[0] == 'r' and not self.exists():
            raise FileNotFoundError(self)
        stream = self.root.open(self.at, mode[0], pwd=pwd)
        if 'b' in mode:
            if args or kwargs:
                raise ValueError('encoding args invalid for binary operation')
            return stream
        return _io.TextIOWrapper(stream, *args, **kwargs)

    def read_text(self, *args, **kwargs):
        with self.open('r', *args, **kwargs) as stream:
            return stream.read()

    def read_bytes(self):
        with self.open('rb') as stream:
            return stream.read()

    def __str__(self):
        base = self.root.filename if self.root.filename is not None else ''
        return base + '/' + self.at if base else self.at

    def __repr__(self):
        return '%s(%r, %r)' % (type(self).__name__, self.root.filename, self.at)

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return (self.root, self.at) == (other.root, other.at)

    def __hash__(self):
        return hash((id(self.root), self.at))
