"""tarfile for closured: tar archives in a stream the program gives
(tarfile.open(fileobj=io.BytesIO(...))), read, written and appended to, in
the ustar, GNU (long names, base-256 numbers) and pax (extended and global
headers) formats, plain or through gzip ('r:gz', 'w:gz', and 'r:*' that
tries each). Headers are laid out as CPython lays them out, so an archive
written with the same members and format has CPython's bytes (a gzipped
one does not: zlib's compressor is closured's own). The stream modes
('r|', 'w|gz', ...) work on the same streams. closured opens no files: a file
name given to open(), add(), gettarinfo(), extract() or extractall() raises
PermissionError; lzma archives raise CompressionError."""

import copy as _copy
import io as _io
import re as _re
import stat as _stat
import struct as _struct
import sys as _sys
import time as _time

__all__ = ['TarFile', 'TarInfo', 'is_tarfile', 'TarError', 'ReadError', 'CompressionError',
           'StreamError', 'ExtractError', 'HeaderError', 'ENCODING', 'USTAR_FORMAT',
           'GNU_FORMAT', 'PAX_FORMAT', 'DEFAULT_FORMAT', 'open']

NUL = b'\0'
BLOCKSIZE = 512
RECORDSIZE = BLOCKSIZE * 20
GNU_MAGIC = b'ustar  \0'
POSIX_MAGIC = b'ustar\x0000'
LENGTH_NAME = 100
LENGTH_LINK = 100
LENGTH_PREFIX = 155

REGTYPE = b'0'
AREGTYPE = b'\0'
LNKTYPE = b'1'
SYMTYPE = b'2'
CHRTYPE = b'3'
BLKTYPE = b'4'
DIRTYPE = b'5'
FIFOTYPE = b'6'
CONTTYPE = b'7'
GNUTYPE_LONGNAME = b'L'
GNUTYPE_LONGLINK = b'K'
GNUTYPE_SPARSE = b'S'
XHDTYPE = b'x'
XGLTYPE = b'g'
SOLARIS_XHDTYPE = b'X'

USTAR_FORMAT = 0
GNU_FORMAT = 1
PAX_FORMAT = 2
DEFAULT_FORMAT = PAX_FORMAT

SUPPORTED_TYPES = (REGTYPE, AREGTYPE, LNKTYPE, SYMTYPE, DIRTYPE, FIFOTYPE, CONTTYPE, CHRTYPE,
                   BLKTYPE, GNUTYPE_LONGNAME, GNUTYPE_LONGLINK, GNUTYPE_SPARSE)
REGULAR_TYPES = (REGTYPE, AREGTYPE, CONTTYPE, GNUTYPE_SPARSE)
GNU_TYPES = (GNUTYPE_LONGNAME, GNUTYPE_LONGLINK, GNUTYPE_SPARSE)
PAX_FIELDS = ('path', 'linkpath', 'size', 'mtime', 'uid', 'gid', 'uname', 'gname')
PAX_NAME_FIELDS = {'path', 'linkpath', 'uname', 'gname'}
PAX_NUMBER_FIELDS = {'atime': float, 'ctime': float, 'mtime': float, 'uid': int, 'gid': int,
                     'size': int}
ENCODING = 'utf-8'


class TarError(Exception):
    """The base of every tarfile error."""


class ExtractError(TarError):
    """A member could not be extracted."""


class ReadError(TarError):
    """The data is not a tar archive tarfile can read."""


class CompressionError(TarError):
    """The archive's compression is unknown or not available."""


class StreamError(TarError):
    """A stream archive (mode 'r|' or 'w|') was asked to do what needs seeking."""


class HeaderError(TarError):
    """The base of the errors about a member's 512-byte header."""


class EmptyHeaderError(HeaderError):
    """A header block holds only zero bytes."""


class TruncatedHeaderError(HeaderError):
    """The archive ends inside a header block."""


class EOFHeaderError(HeaderError):
    """The archive ends where a header was expected."""


class InvalidHeaderError(HeaderError):
    """A header's checksum or fields are wrong."""


class SubsequentHeaderError(HeaderError):
    """An extended header (pax or GNU) is missing the header it describes, or is wrong."""


def _refuse(what):
    raise PermissionError('tarfile: closured programs cannot open files (%r)' % (what,))


# ---- the fields of a header block ----

def stn(s, length, encoding, errors):
    """A str as a NUL-padded field of length bytes."""
    if s is None:
        raise ValueError('metadata cannot contain None')
    raw = s.encode(encoding, errors)
    return raw[:length].ljust(length, NUL)


def nts(s, encoding, errors):
    """The str before the first NUL of a field."""
    end = s.find(NUL)
    return (s if end < 0 else s[:end]).decode(encoding, errors)


def itn(n, digits=8, format=DEFAULT_FORMAT):
    """A number as an octal field of digits bytes, or GNU's base-256 form when
    the format allows and octal cannot hold it."""
    n = int(n)
    if 0 <= n < 8 ** (digits - 1):
        return b'%0*o' % (digits - 1, n) + NUL
    if format == GNU_FORMAT and -256 ** (digits - 1) <= n < 256 ** (digits - 1):
        lead = 0o200 if n >= 0 else 0o377
        if n < 0:
            n += 256 ** digits
        return bytes([lead]) + (n % 256 ** (digits - 1)).to_bytes(digits - 1, 'big')
    raise ValueError('overflow in number field')


def nti(s):
    """The number in a field, octal or base-256."""
    if s[:1] in (b'\x80', b'\xff'):
        value = int.from_bytes(s[1:], 'big')
        if s[0] == 0o377:
            value -= 256 ** (len(s) - 1)
        return value
    try:
        text = nts(s, 'ascii', 'strict').strip()
        return int(text or '0', 8)
    except ValueError:
        raise InvalidHeaderError('invalid header')


def calc_chksums(buf):
    """(unsigned, signed) sums of a header with its checksum field as spaces."""
    outside = buf[:148] + buf[156:512]
    unsigned = 256 + sum(outside)
    signed = 256 + sum(b - 256 if b > 127 else b for b in outside)
    return unsigned, signed


def _padding(size):
    return (-size) % BLOCKSIZE


def _blocks(size):
    return size + _padding(size)


def copyfileobj(src, dst, length=None, exception=OSError, bufsize=None):
    """Copies length bytes (all when None) from src to dst."""
    if length == 0:
        return
    if length is None:
        while True:
            piece = src.read(bufsize or 16 * 1024)
            if not piece:
                return
            dst.write(piece)
    left = length
    while left > 0:
        piece = src.read(min(left, bufsize or 16 * 1024))
        if not piece:
            raise exception('unexpected end of data')
        dst.write(piece)
        left -= len(piece)


_KEEP = object()


class TarInfo(object):
    """What a tar header says of one member."""

    __slots__ = ('name', 'mode', 'uid', 'gid', 'size', 'mtime', 'chksum', 'type', 'linkname',
                 'uname', 'gname', 'devmajor', 'devminor', 'offset', 'offset_data',
                 'pax_headers', 'sparse', 'tarfile', '_sparse_structs', '_link_target')

    def __init__(self, name=''):
        self.name = name
        self.mode = 0o644
        self.uid = 0
        self.gid = 0
        self.size = 0
        self.mtime = 0
        self.chksum = 0
        self.type = REGTYPE
        self.linkname = ''
        self.uname = ''
        self.gname = ''
        self.devmajor = 0
        self.devminor = 0
        self.offset = 0
        self.offset_data = 0
        self.sparse = None
        self.pax_headers = {}
        self.tarfile = None
        self._sparse_structs = None
        self._link_target = None

    def _name_of(self):
        return self.name

    def _rename(self, name):
        self.name = name

    def _target_of(self):
        return self.linkname

    def _retarget(self, linkname):
        self.linkname = linkname

    # The pax header keywords for name and linkname.
    path = property(_name_of, _rename, doc='In pax headers, "name" is called "path".')
    linkpath = property(_target_of, _retarget,
                        doc='In pax headers, "linkname" is called "linkpath".')

    def __repr__(self):
        return '<%s %r at %#x>' % (type(self).__name__, self.name, id(self))

    def replace(self, *, name=_KEEP, mtime=_KEEP, mode=_KEEP, linkname=_KEEP, uid=_KEEP,
                gid=_KEEP, uname=_KEEP, gname=_KEEP, deep=True):
        """A copy with the given fields changed."""
        result = _copy.deepcopy(self) if deep else _copy.copy(self)
        changes = dict(name=name, mtime=mtime, mode=mode, linkname=linkname, uid=uid, gid=gid,
                       uname=uname, gname=gname)
        for key, value in changes.items():
            if value is not _KEEP:
                setattr(result, key, value)
        return result

    def get_info(self):
        """The header fields as a dict (a directory's name ends with '/')."""
        info = {'name': self.name, 'mode': None if self.mode is None else self.mode & 0o7777,
                'uid': self.uid, 'gid': self.gid, 'size': self.size, 'mtime': self.mtime,
                'chksum': self.chksum, 'type': self.type, 'linkname': self.linkname,
                'uname': self.uname, 'gname': self.gname, 'devmajor': self.devmajor,
                'devminor': self.devminor}
        if info['type'] == DIRTYPE and not info['name'].endswith('/'):
            info['name'] += '/'
        return info

    def tobuf(self, format=DEFAULT_FORMAT, encoding=ENCODING, errors='surrogateescape'):
        """The header block(s) of this member in the format."""
        info = self.get_info()
        for key, value in info.items():
            if value is None:
                raise ValueError('%s may not be None' % key)
        if format == USTAR_FORMAT:
            return self.create_ustar_header(info, encoding, errors)
        if format == GNU_FORMAT:
            return self.create_gnu_header(info, encoding, errors)
        if format == PAX_FORMAT:
            return self.create_pax_header(info, encoding)
        raise ValueError('invalid format')

    def create_ustar_header(self, info, encoding, errors):
        info['magic'] = POSIX_MAGIC
        if len(info['linkname'].encode(encoding, errors)) > LENGTH_LINK:
            raise ValueError('linkname is too long')
        if len(info['name'].encode(encoding, errors)) > LENGTH_NAME:
            info['prefix'], info['name'] = self._posix_split_name(info['name'], encoding,
                                                                  errors)
        return self._create_header(info, USTAR_FORMAT, encoding, errors)

    def create_gnu_header(self, info, encoding, errors):
        info['magic'] = GNU_MAGIC
        lead = b''
        for field, kind in (('linkname', GNUTYPE_LONGLINK), ('name', GNUTYPE_LONGNAME)):
            if len(info[field].encode(encoding, errors)) > LENGTH_NAME:
                lead += self._create_gnu_long_header(info[field], kind, encoding, errors)
        return lead + self._create_header(info, GNU_FORMAT, encoding, errors)

    def create_pax_header(self, info, encoding):
        info['magic'] = POSIX_MAGIC
        extended = self.pax_headers.copy()
        for field, keyword, length in (('name', 'path', LENGTH_NAME),
                                       ('linkname', 'linkpath', LENGTH_LINK),
                                       ('uname', 'uname', 32), ('gname', 'gname', 32)):
            if keyword in extended:
                continue
            value = info[field]
            if not value.isascii() or len(value) > length:
                extended[keyword] = value
        for field, digits in (('uid', 8), ('gid', 8), ('size', 12), ('mtime', 12)):
            value = info[field]
            whole = round(value) if isinstance(value, float) else value
            fits = 0 <= whole < 8 ** (digits - 1)
            info[field] = whole if fits else 0
            if (not fits or isinstance(value, float)) and field not in extended:
                extended[field] = str(value)
        lead = self._create_pax_generic_header(extended, XHDTYPE, encoding) if extended else b''
        return lead + self._create_header(info, USTAR_FORMAT, 'ascii', 'replace')

    @classmethod
    def create_pax_global_header(cls, pax_headers):
        return cls._create_pax_generic_header(pax_headers, XGLTYPE, 'utf-8')

    def _posix_split_name(self, name, encoding, errors):
        """(prefix, name) cut at a '/' so that each fits its ustar field."""
        parts = name.split('/')
        for cut in range(1, len(parts)):
            prefix, rest = '/'.join(parts[:cut]), '/'.join(parts[cut:])
            if (len(prefix.encode(encoding, errors)) <= LENGTH_PREFIX and
                    len(rest.encode(encoding, errors)) <= LENGTH_NAME):
                return prefix, rest
        raise ValueError('name is too long')

    @staticmethod
    def _create_header(info, format, encoding, errors):
        kind = info.get('type', REGTYPE)
        if kind is None:
            raise ValueError('TarInfo.type must not be None')
        if kind in (CHRTYPE, BLKTYPE):
            major = itn(info.get('devmajor', 0), 8, format)
            minor = itn(info.get('devminor', 0), 8, format)
        else:
            major = minor = stn('', 8, encoding, errors)
        fields = [stn(info.get('name', ''), 100, encoding, errors),
                  itn(info.get('mode', 0) & 0o7777, 8, format),
                  itn(info.get('uid', 0), 8, format), itn(info.get('gid', 0), 8, format),
                  itn(info.get('size', 0), 12, format), itn(info.get('mtime', 0), 12, format),
                  b' ' * 8, kind, stn(info.get('linkname', ''), 100, encoding, errors),
                  info.get('magic', POSIX_MAGIC), stn(info.get('uname', ''), 32, encoding, errors),
                  stn(info.get('gname', ''), 32, encoding, errors), major, minor,
                  stn(info.get('prefix', ''), 155, encoding, errors)]
        block = b''.join(fields)[:BLOCKSIZE].ljust(BLOCKSIZE, NUL)
        checksum = calc_chksums(block)[0]
        return block[:148] + b'%06o\0' % checksum + block[155:]

    @staticmethod
    def _create_payload(payload):
        return payload + NUL * _padding(len(payload))

    @classmethod
    def _create_gnu_long_header(cls, name, type, encoding, errors):
        raw = name.encode(encoding, errors) + NUL
        info = {'name': '././@LongLink', 'type': type, 'size': len(raw), 'magic': GNU_MAGIC}
        return cls._create_header(info, USTAR_FORMAT, encoding, errors) + \
            cls._create_payload(raw)

    @classmethod
    def _create_pax_generic_header(cls, pax_headers, type, encoding):
        binary = False
        for value in pax_headers.values():
            try:
                value.encode('utf-8', 'strict')
            except UnicodeEncodeError:
                binary = True
                break
        records = [b'21 hdrcharset=BINARY\n'] if binary else []
        for keyword, value in pax_headers.items():
            body = b'%s=%s\n' % (keyword.encode('utf-8'),
                                 value.encode(encoding, 'surrogateescape') if binary
                                 else value.encode('utf-8'))
            # The length counts its own digits: grow it until it describes itself.
            length = len(body) + 1
            while len(str(length)) + 1 + len(body) != length:
                length = len(str(length)) + 1 + len(body)
            records.append(b'%d %s' % (length, body))
        payload = b''.join(records)
        info = {'name': '././@PaxHeader', 'type': type, 'size': len(payload),
                'magic': POSIX_MAGIC}
        return cls._create_header(info, USTAR_FORMAT, 'ascii', 'replace') + \
            cls._create_payload(payload)

    @classmethod
    def frombuf(cls, buf, encoding, errors):
        """A TarInfo from one header block."""
        if not buf:
            raise EmptyHeaderError('empty header')
        if len(buf) != BLOCKSIZE:
            raise TruncatedHeaderError('truncated header')
        if buf.count(NUL) == BLOCKSIZE:
            raise EOFHeaderError('end of file header')
        checksum = nti(buf[148:156])
        if checksum not in calc_chksums(buf):
            raise InvalidHeaderError('bad checksum')
        member = cls()
        member.name = nts(buf[0:100], encoding, errors)
        member.mode = nti(buf[100:108])
        member.uid = nti(buf[108:116])
        member.gid = nti(buf[116:124])
        member.size = nti(buf[124:136])
        member.mtime = nti(buf[136:148])
        member.chksum = checksum
        member.type = buf[156:157]
        member.linkname = nts(buf[157:257], encoding, errors)
        member.uname = nts(buf[265:297], encoding, errors)
        member.gname = nts(buf[297:329], encoding, errors)
        member.devmajor = nti(buf[329:337])
        member.devminor = nti(buf[337:345])
        prefix = nts(buf[345:500], encoding, errors)
        if member.type == AREGTYPE and member.name.endswith('/'):
            member.type = DIRTYPE
        if member.type == GNUTYPE_SPARSE:
            raise InvalidHeaderError('GNU sparse members are not supported by closured')
        if member.isdir():
            member.name = member.name.rstrip('/')
        if prefix and member.type not in GNU_TYPES:
            member.name = prefix + '/' + member.name
        return member

    @classmethod
    def fromtarfile(cls, tarfile):
        """The next member of tarfile, its extended headers applied."""
        buf = tarfile.fileobj.read(BLOCKSIZE)
        member = cls.frombuf(buf, tarfile.encoding, tarfile.errors)
        member.offset = tarfile.fileobj.tell() - BLOCKSIZE
        return member._proc_member(tarfile)

    def _proc_member(self, tarfile):
        if self.type in (GNUTYPE_LONGNAME, GNUTYPE_LONGLINK):
            return self._proc_gnulong(tarfile)
        if self.type in (XHDTYPE, XGLTYPE, SOLARIS_XHDTYPE):
            return self._proc_pax(tarfile)
        return self._proc_builtin(tarfile)

    def _proc_builtin(self, tarfile):
        self.offset_data = tarfile.fileobj.tell()
        end = self.offset_data
        if self.isreg() or self.type not in SUPPORTED_TYPES:
            end += _blocks(self.size)
        tarfile.offset = end
        self._apply_pax_info(tarfile.pax_headers, tarfile.encoding, tarfile.errors)
        if self.isdir():
            self.name = self.name.rstrip('/')
        return self

    def _following(self, tarfile):
        try:
            return self.fromtarfile(tarfile)
        except HeaderError as error:
            raise SubsequentHeaderError(str(error)) from None

    def _proc_gnulong(self, tarfile):
        text = tarfile.fileobj.read(_blocks(self.size))
        member = self._following(tarfile)
        member.offset = self.offset
        if self.type == GNUTYPE_LONGNAME:
            member.name = nts(text, tarfile.encoding, tarfile.errors)
        else:
            member.linkname = nts(text, tarfile.encoding, tarfile.errors)
        if member.isdir():
            member.name = member.name.removesuffix('/')
        return member

    def _proc_pax(self, tarfile):
        raw = tarfile.fileobj.read(_blocks(self.size))
        headers = tarfile.pax_headers if self.type == XGLTYPE else tarfile.pax_headers.copy()
        records = _pax_records(raw)
        charset = dict(records).get(b'hdrcharset')
        if charset is not None:
            headers['hdrcharset'] = charset.decode('utf-8')
        binary = headers.get('hdrcharset') == 'BINARY'
        for keyword, value in records:
            keyword = keyword.decode('utf-8', tarfile.errors)
            if keyword in PAX_NAME_FIELDS:
                value = _decode_pax(value, tarfile.encoding if binary else 'utf-8',
                                    tarfile.encoding, tarfile.errors)
            else:
                value = _decode_pax(value, 'utf-8', 'utf-8', tarfile.errors)
            headers[keyword] = value
        member = self._following(tarfile)
        if self.type in (XHDTYPE, SOLARIS_XHDTYPE):
            member._apply_pax_info(headers, tarfile.encoding, tarfile.errors)
            member.offset = self.offset
            if 'size' in headers:
                end = member.offset_data
                if member.isreg() or member.type not in SUPPORTED_TYPES:
                    end += _blocks(member.size)
                tarfile.offset = end
        return member

    def _apply_pax_info(self, pax_headers, encoding, errors):
        for keyword, value in pax_headers.items():
            if keyword not in PAX_FIELDS:
                continue
            if keyword in PAX_NUMBER_FIELDS:
                try:
                    value = PAX_NUMBER_FIELDS[keyword](value)
                except ValueError:
                    value = 0
            if keyword == 'path':
                value = value.rstrip('/')
            setattr(self, keyword, value)
        self.pax_headers = pax_headers.copy()

    def _block(self, count):
        return _blocks(count)

    def isreg(self):
        return self.type in REGULAR_TYPES

    def isfile(self):
        return self.isreg()

    def isdir(self):
        return self.type == DIRTYPE

    def issym(self):
        return self.type == SYMTYPE

    def islnk(self):
        return self.type == LNKTYPE

    def ischr(self):
        return self.type == CHRTYPE

    def isblk(self):
        return self.type == BLKTYPE

    def isfifo(self):
        return self.type == FIFOTYPE

    def issparse(self):
        return self.sparse is not None

    def isdev(self):
        return self.type in (CHRTYPE, BLKTYPE, FIFOTYPE)


_PAX_RECORD = _re.compile(rb'(\d+) ([^=]+)=')


def _pax_records(raw):
    """[(keyword, value)] of a pax header's 'LENGTH KEYWORD=VALUE\\n' records."""
    records = []
    at = 0
    while True:
        found = _PAX_RECORD.match(raw, at)
        if found is None:
            break
        length = int(found.group(1))
        if length == 0:
            raise InvalidHeaderError('invalid header')
        value = raw[found.end(2) + 1:found.start(1) + length - 1]
        records.append((found.group(2), value))
        at += length
    return records


def _decode_pax(value, encoding, fallback, errors):
    try:
        return value.decode(encoding, 'strict')
    except UnicodeDecodeError:
        return value.decode(fallback, errors)


class ExFileObject(_io.BufferedIOBase):
    """A regular member's data, read from the archive's stream."""

    def __init__(self, tarfile, tarinfo):
        self._source = tarfile.fileobj
        self._start = tarinfo.offset_data
        self._size = tarinfo.size
        self._position = 0
        self.name = tarinfo.name
        self.mode = 'rb'

    def __repr__(self):
        return '<%s name=%r>' % (type(self).__name__, self.name)

    def readable(self):
        return True

    def seekable(self):
        return True

    def read(self, size=-1):
        if self.closed:
            raise ValueError('read of closed file')
        left = self._size - self._position
        if size is None or size < 0 or size > left:
            size = left
        if size <= 0:
            return b''
        self._source.seek(self._start + self._position)
        data = self._source.read(size)
        if len(data) != size:
            raise ReadError('unexpected end of data')
        self._position += size
        return data

    read1 = read

    def readinto(self, buffer):
        data = self.read(len(buffer))
        buffer[:len(data)] = data
        return len(data)

    def peek(self, size=0):
        at = self._position
        data = self.read(max(size, 1))
        self._position = at
        return data

    def readline(self, size=-1):
        if self.closed:
            raise ValueError('readline of closed file')
        at = self._position
        rest = self.read() if size is None or size < 0 else self.read(size)
        cut = rest.find(b'\n') + 1
        if cut <= 0:
            return rest
        self._position = at + cut
        return rest[:cut]

    def tell(self):
        if self.closed:
            raise ValueError('I/O operation on closed file')
        return self._position

    def seek(self, offset, whence=0):
        if self.closed:
            raise ValueError('seek of closed file')
        if whence == 0:
            target = offset
        elif whence == 1:
            target = self._position + offset
        elif whence == 2:
            target = self._size + offset
        else:
            raise ValueError('Invalid argument')
        self._position = max(0, min(target, self._size))
        return self._position


class TarFile(object):
    """A tar archive in a stream: 'r' reads, 'w' and 'x' write, 'a' appends."""

    debug = 0
    dereference = False
    ignore_zeros = False
    errorlevel = 1
    format = DEFAULT_FORMAT
    encoding = ENCODING
    errors = None
    tarinfo = TarInfo
    fileobject = ExFileObject
    extraction_filter = None

    def __init__(self, name=None, mode='r', fileobj=None, format=None, tarinfo=None,
                 dereference=None, ignore_zeros=None, encoding=None, errors='surrogateescape',
                 pax_headers=None, debug=None, errorlevel=None, copybufsize=None):
        if mode not in ('r', 'a', 'w', 'x'):
            raise ValueError("mode must be 'r', 'a', 'w' or 'x'")
        if fileobj is None:
            _refuse(name)
        if name is None and hasattr(fileobj, 'name') and isinstance(fileobj.name, (str, bytes)):
            name = fileobj.name
        self.mode = mode
        self._mode = {'r': 'rb', 'a': 'r+b', 'w': 'wb', 'x': 'xb'}[mode]
        self._extfileobj = True
        self.name = name
        self.fileobj = fileobj
        for option, value in (('format', format), ('tarinfo', tarinfo),
                              ('dereference', dereference), ('ignore_zeros', ignore_zeros),
                              ('encoding', encoding), ('debug', debug),
                              ('errorlevel', errorlevel)):
            if value is not None:
                setattr(self, option, value)
        self.errors = errors
        self.pax_headers = dict(pax_headers) if pax_headers is not None and \
            self.format == PAX_FORMAT else {}
        self.copybufsize = copybufsize
        self.closed = False
        self.members = []
        self._loaded = False
        self.offset = self.fileobj.tell()
        self.inodes = {}
        self.firstmember = None
        try:
            if mode == 'r':
                self.firstmember = self.next()
            elif mode == 'a':
                self._find_end()
            elif pax_headers:
                header = self.tarinfo.create_pax_global_header(dict(pax_headers))
                self.fileobj.write(header)
                self.offset += len(header)
        except BaseException:
            if not self._extfileobj:
                self.fileobj.close()
            self.closed = True
            raise

    def _find_end(self):
        """Positions an appending archive after its last member."""
        while True:
            self.fileobj.seek(self.offset)
            try:
                member = self.tarinfo.fromtarfile(self)
                self.members.append(member)
            except EOFHeaderError:
                self.fileobj.seek(self.offset)
                break
            except HeaderError as error:
                raise ReadError(str(error)) from None

    # ---- opening ----

    @classmethod
    def open(cls, name=None, mode='r', fileobj=None, bufsize=RECORDSIZE, **kwargs):
        """A TarFile over fileobj: mode 'r', 'r:*', 'r:', 'r:gz', 'r:bz2', 'w', 'w:gz',
        'a', 'x', ..., or 'r|...'/'w|...' for streams."""
        if not name and not fileobj:
            raise ValueError('nothing to open')
        if fileobj is None:
            _refuse(name)
        if mode in ('r', 'r:*'):
            failures = []
            for kind in ('gz', 'bz2', 'xz', 'tar'):
                start = fileobj.tell()
                try:
                    return getattr(cls, cls.OPEN_METH[kind])(name, 'r', fileobj, **kwargs)
                except (ReadError, CompressionError) as error:
                    failures.append('- method %s: %r' % (kind, error))
                    fileobj.seek(start)
            raise ReadError('file could not be opened successfully:\n' + '\n'.join(failures))
        if ':' in mode or '|' in mode:
            separator = ':' if ':' in mode else '|'
            action, kind = mode.split(separator, 1)
            kind = kind or 'tar'
            if separator == '|' and action not in ('r', 'w'):
                raise ValueError("mode must be 'r' or 'w'")
            if separator == ':' and action not in ('r', 'a', 'w', 'x'):
                raise ValueError("mode must be 'r', 'a', 'w' or 'x'")
            if kind == '*' and separator == '|' and action == 'r':
                return cls._open_stream_any(name, fileobj, **kwargs)
            if kind not in cls.OPEN_METH:
                raise CompressionError('unknown compression type %r' % kind)
            archive = getattr(cls, cls.OPEN_METH[kind])(name, action, fileobj, **kwargs)
            return archive
        if mode in ('a', 'w', 'x'):
            return cls.taropen(name, mode, fileobj, **kwargs)
        raise ValueError('undiscernible mode')

    @classmethod
    def _open_stream_any(cls, name, fileobj, **kwargs):
        head = fileobj.read(3)
        fileobj.seek(-len(head), 1)
        if head.startswith(b'\x1f\x8b\x08'):
            return cls.gzopen(name, 'r', fileobj, **kwargs)
        if head.startswith(b'BZh'):
            return cls.bz2open(name, 'r', fileobj, **kwargs)
        if head.startswith(b'\xfd7z'):
            raise CompressionError('lzma module is not available')
        return cls.taropen(name, 'r', fileobj, **kwargs)

    @classmethod
    def taropen(cls, name, mode='r', fileobj=None, **kwargs):
        if mode not in ('r', 'a', 'w', 'x'):
            raise ValueError("mode must be 'r', 'a', 'w' or 'x'")
        return cls(name, mode, fileobj, **kwargs)

    @classmethod
    def gzopen(cls, name, mode='r', fileobj=None, compresslevel=9, **kwargs):
        if mode not in ('r', 'w', 'x'):
            raise ValueError("mode must be 'r', 'w' or 'x'")
        import gzip
        if fileobj is None:
            _refuse(name)
        wrapped = gzip.GzipFile(None, mode + 'b', compresslevel, fileobj)
        try:
            archive = cls.taropen(name, mode, wrapped, **kwargs)
        except OSError as error:
            wrapped.close()
            if mode == 'r':
                raise ReadError('not a gzip file') from error
            raise
        except EOFError as error:
            wrapped.close()
            if mode == 'r':
                raise ReadError('not a gzip file') from error
            raise
        except BaseException:
            wrapped.close()
            raise
        archive._extfileobj = False
        return archive

    @classmethod
    def bz2open(cls, name, mode='r', fileobj=None, compresslevel=9, **kwargs):
        if mode not in ('r', 'w', 'x'):
            raise ValueError("mode must be 'r', 'w' or 'x'")
        try:
            import bz2
        except ImportError:
            raise CompressionError('bz2 module is not available') from None
        if fileobj is None:
            _refuse(name)
        wrapped = bz2.BZ2File(fileobj, mode, compresslevel=compresslevel)
        try:
            archive = cls.taropen(name, mode, wrapped, **kwargs)
        except (OSError, EOFError) as error:
            wrapped.close()
            if mode == 'r':
                raise ReadError('not a bzip2 file') from error
            raise
        except BaseException:
            wrapped.close()
            raise
        archive._extfileobj = False
        return archive

    @classmethod
    def xzopen(cls, name, mode='r', fileobj=None, preset=None, **kwargs):
        if mode not in ('r', 'w', 'x'):
            raise ValueError("mode must be 'r', 'w' or 'x'")
        if fileobj is None:
            _refuse(name)
        if mode == 'r':
            start = fileobj.tell()
            head = fileobj.read(6)
            fileobj.seek(start)
            if head != b'\xfd7zXZ\x00':
                raise ReadError('not an lzma file')
        # closured has no lzma: xz data is recognised, not decoded.
        raise CompressionError('lzma module is not available')

    OPEN_METH = {'tar': 'taropen', 'gz': 'gzopen', 'bz2': 'bz2open', 'xz': 'xzopen'}

    # ---- reading ----

    def _check(self, mode=None):
        if self.closed:
            raise OSError('%s is closed' % type(self).__name__)
        if mode is not None and self.mode not in mode:
            raise OSError('bad operation for mode %r' % self.mode)

    def next(self):
        """The next member, or None at the end of the archive."""
        self._check('ra')
        if self.firstmember is not None:
            member, self.firstmember = self.firstmember, None
            return member
        if self.offset != self.fileobj.tell():
            if self.offset == 0:
                return None
            self.fileobj.seek(self.offset - 1)
            if not self.fileobj.read(1):
                raise ReadError('unexpected end of data')
        member = None
        while True:
            try:
                member = self.tarinfo.fromtarfile(self)
            except EOFHeaderError:
                if self.ignore_zeros:
                    self.offset += BLOCKSIZE
                    continue
            except InvalidHeaderError as error:
                if self.ignore_zeros:
                    self.offset += BLOCKSIZE
                    continue
                if self.offset == 0:
                    raise ReadError(str(error)) from None
            except EmptyHeaderError:
                if self.offset == 0:
                    raise ReadError('empty file') from None
            except TruncatedHeaderError as error:
                if self.offset == 0:
                    raise ReadError(str(error)) from None
            except SubsequentHeaderError as error:
                raise ReadError(str(error)) from None
            break
        if member is None:
            self._loaded = True
        else:
            self.members.append(member)
        return member

    def _load(self):
        while self.next() is not None:
            pass
        self._loaded = True

    def getmembers(self):
        self._check()
        if not self._loaded:
            self._load()
        return self.members

    def getnames(self):
        return [member.name for member in self.getmembers()]

    def getmember(self, name):
        found = self._getmember(name.rstrip('/'))
        if found is None:
            raise KeyError('filename %r not found' % name)
        return found

    def _getmember(self, name, tarinfo=None, normalize=False):
        members = self.getmembers()
        if tarinfo is not None:
            members = members[:members.index(tarinfo)]
        for member in reversed(members):
            if member.name == name:
                return member
        return None

    def __iter__(self):
        if self._loaded:
            yield from self.members
            return
        at = 0
        if self.firstmember is not None:
            member = self.next()
            at += 1
            yield member
        while True:
            if at < len(self.members):
                member = self.members[at]
            elif not self._loaded:
                member = self.next()
                if member is None:
                    self._loaded = True
                    return
            else:
                return
            at += 1
            yield member

    def extractfile(self, member):
        """A file object with a regular member's data; None for other members."""
        self._check('r')
        info = self.getmember(member) if isinstance(member, str) else member
        if info.isreg() or info.type not in SUPPORTED_TYPES:
            return self.fileobject(self, info)
        if info.islnk() or info.issym():
            return self.extractfile(self._find_link_target(info))
        return None

    def _find_link_target(self, tarinfo):
        if tarinfo.issym():
            base = tarinfo.name.rpartition('/')[0]
            target = '/'.join(part for part in (base, tarinfo.linkname) if part)
            limit = None
        else:
            target = tarinfo.linkname
            limit = tarinfo
        found = self._getmember(target, tarinfo=limit)
        if found is None:
            raise KeyError('linkname %r not found' % target)
        return found

    def list(self, verbose=True, *, members=None):
        """Prints the members, as 'tar tv' would with verbose."""
        self._check()
        for member in (self if members is None else members):
            words = []
            if verbose:
                words.append('??????????' if member.mode is None
                             else _stat.filemode(member.mode))
                words.append('%s/%s' % (member.uname or member.uid,
                                        member.gname or member.gid))
                if member.ischr() or member.isblk():
                    words.append('%10s' % ('%d,%d' % (member.devmajor, member.devminor)))
                else:
                    words.append('%10d' % member.size)
                if member.mtime is None:
                    words.append('????-??-?? ??:??:??')
                else:
                    words.append('%d-%02d-%02d %02d:%02d:%02d'
                                 % _time.localtime(member.mtime)[:6])
            words.append(member.name + ('/' if member.isdir() else ''))
            if verbose and member.issym():
                words.append('-> ' + member.linkname)
            if verbose and member.islnk():
                words.append('link to ' + member.linkname)
            print(' '.join(words) + ' ')

    # ---- writing ----

    def addfile(self, tarinfo, fileobj=None):
        """Writes tarinfo's header, then tarinfo.size bytes of fileobj."""
        self._check('awx')
        tarinfo = _copy.copy(tarinfo)
        header = tarinfo.tobuf(self.format, self.encoding, self.errors)
        self.fileobj.write(header)
        self.offset += len(header)
        if fileobj is not None:
            copyfileobj(fileobj, self.fileobj, tarinfo.size, bufsize=self.copybufsize)
            pad = _padding(tarinfo.size)
            if pad:
                self.fileobj.write(NUL * pad)
            self.offset += tarinfo.size + pad
        self.members.append(tarinfo)

    def add(self, name, arcname=None, recursive=True, *, filter=None):
        self._check('awx')
        _refuse(name)

    def gettarinfo(self, name=None, arcname=None, fileobj=None):
        self._check('awx')
        _refuse(name if name is not None else getattr(fileobj, 'name', fileobj))

    def extract(self, member, path='', set_attrs=True, *, numeric_owner=False, filter=None):
        _refuse(path or '.')

    def extractall(self, path='.', members=None, *, numeric_owner=False, filter=None):
        _refuse(path)

    def close(self):
        """Ends a written archive with two zero blocks, padded to a whole record."""
        if self.closed:
            return
        self.closed = True
        try:
            if self.mode in ('a', 'w', 'x'):
                self.fileobj.write(NUL * (BLOCKSIZE * 2))
                self.offset += BLOCKSIZE * 2
                tail = (-self.offset) % RECORDSIZE
                if tail:
                    self.fileobj.write(NUL * tail)
        finally:
            if not self._extfileobj:
                self.fileobj.close()

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, kind, value, tb):
        if kind is None:
            self.close()
        else:
            if not self._extfileobj:
                self.fileobj.close()
            self.closed = True


def is_tarfile(name):
    """True when the stream (or object with read) holds a tar archive."""
    if not hasattr(name, 'read'):
        _refuse(name)
    start = name.tell()
    try:
        open(fileobj=name).close()
        return True
    except TarError:
        return False
    finally:
        name.seek(start)


open = TarFile.open
