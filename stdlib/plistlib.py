"""plistlib for closured: Apple property lists, XML and binary, read and
written as CPython does (load/loads detect the format; dump/dumps write
byte for byte what CPython writes for the same value, keys sorted unless
sort_keys=False). Values are str, int, float, bool, bytes, datetime, dict,
list and tuple, and UID in binary lists. XML is read with closured's
xml.parsers.expat; entity declarations are refused, as in CPython."""

import binascii as _binascii
import codecs as _codecs
import datetime as _datetime
import enum as _enum
import io as _io
import re as _re
import struct as _struct
from xml.parsers.expat import ParserCreate as _ParserCreate

__all__ = ['InvalidFileException', 'FMT_XML', 'FMT_BINARY', 'load', 'dump', 'loads', 'dumps',
           'UID']

PlistFormat = _enum.Enum('PlistFormat', 'FMT_XML FMT_BINARY', module=__name__)
globals().update(PlistFormat.__members__)


class UID:
    """A reference number in a keyed archive (binary lists only)."""

    def __init__(self, data):
        if not isinstance(data, int):
            raise TypeError('data must be an int')
        if data >= 1 << 64:
            raise ValueError('UIDs cannot be >= 2**64')
        if data < 0:
            raise ValueError('UIDs must be positive')
        self.data = data

    def __index__(self):
        return self.data

    def __repr__(self):
        return '%s(%s)' % (type(self).__name__, repr(self.data))

    def __reduce__(self):
        return type(self), (self.data,)

    # UIDs are equal, and hash alike, when their numbers are.
    def __hash__(self):
        return hash(self.data)

    def __eq__(self, other):
        if not isinstance(other, UID):
            return NotImplemented
        return self.data == other.data


class InvalidFileException(ValueError):
    def __init__(self, message='Invalid file'):
        ValueError.__init__(self, message)


PLISTHEADER = b'''<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
'''
_CONTROL = _re.compile(r'[\x00-\x08\x0b\x0c\x0e-\x1f]')
_DATE = _re.compile(r'(?P<year>\d\d\d\d)(?:-(?P<month>\d\d)(?:-(?P<day>\d\d)'
                    r'(?:T(?P<hour>\d\d)(?::(?P<minute>\d\d)(?::(?P<second>\d\d))?)?)?)?)?Z',
                    _re.ASCII)
_EPOCH_2001 = _datetime.datetime(2001, 1, 1)
_SCALARS = (str, int, float, _datetime.datetime, bytes)


def _date_from_string(text):
    found = _DATE.match(text)
    if found is None:
        raise ValueError('invalid date %r' % (text,))
    parts = [int(found.group(name)) for name in ('year', 'month', 'day', 'hour', 'minute',
                                                  'second') if found.group(name)]
    return _datetime.datetime(*parts)


def _date_to_string(moment):
    return '%04d-%02d-%02dT%02d:%02d:%02dZ' % (moment.year, moment.month, moment.day,
                                               moment.hour, moment.minute, moment.second)


def _escape(text):
    if _CONTROL.search(text):
        raise ValueError("strings can't contain control characters; use bytes instead")
    text = text.replace('\r\n', '\n').replace('\r', '\n')
    return text.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def _base64_lines(data, width):
    """data in base64, one line per (width // 4) * 3 bytes, each ending in a newline."""
    step = (width // 4) * 3
    return b''.join(_binascii.b2a_base64(data[at:at + step]) for at in range(0, len(data), step))


# ---- XML ----

class _XMLReader:
    """Builds the value of an XML property list from expat's events."""

    def __init__(self, dict_type):
        self._containers = []
        self._key = None
        self._root = None
        self._text = []
        self._dict_type = dict_type

    def parse(self, stream):
        self._parser = _ParserCreate()
        self._parser.StartElementHandler = self._start
        self._parser.EndElementHandler = self._end
        self._parser.CharacterDataHandler = self._text.append
        self._parser.EntityDeclHandler = self._refuse_entity
        self._parser.ParseFile(stream)
        return self._root

    def _refuse_entity(self, *args):
        raise InvalidFileException('XML entity declarations are not supported in plist files')

    def _line(self):
        return self._parser.CurrentLineNumber

    def _take_text(self):
        text = ''.join(self._text)
        del self._text[:]
        return text

    def _add(self, value):
        if self._key is not None:
            if not isinstance(self._containers[-1], type({})):
                raise ValueError('unexpected element at line %d' % self._line())
            self._containers[-1][self._key] = value
            self._key = None
        elif not self._containers:
            self._root = value
        else:
            if not isinstance(self._containers[-1], type([])):
                raise ValueError('unexpected element at line %d' % self._line())
            self._containers[-1].append(value)

    def _start(self, tag, attributes):
        del self._text[:]
        if tag in ('dict', 'array'):
            made = self._dict_type() if tag == 'dict' else []
            self._add(made)
            self._containers.append(made)

    def _end(self, tag):
        if tag == 'dict':
            if self._key:
                raise ValueError("missing value for key '%s' at line %d" % (self._key,
                                                                           self._line()))
            self._containers.pop()
        elif tag == 'array':
            self._containers.pop()
        elif tag == 'key':
            if self._key or not isinstance(self._containers[-1], type({})):
                raise ValueError('unexpected key at line %d' % self._line())
            self._key = self._take_text()
        elif tag in _XML_LEAVES:
            self._add(_XML_LEAVES[tag](self._take_text()))


def _xml_integer(text):
    if text[:2] in ('0x', '0X'):
        return int(text, 16)
    return int(text)


_XML_LEAVES = {
    'true': lambda text: True,
    'false': lambda text: False,
    'integer': _xml_integer,
    'real': float,
    'string': lambda text: text,
    'data': lambda text: _binascii.a2b_base64(text.encode('utf-8')),
    'date': _date_from_string,
}


class _XMLWriter:
    def __init__(self, stream, sort_keys=True, skipkeys=False):
        self._out = stream
        self._depth = 0
        self._sort_keys = sort_keys
        self._skipkeys = skipkeys

    def _line(self, text):
        if text:
            if isinstance(text, str):
                text = text.encode('utf-8')
            self._out.write(b'\t' * self._depth + text + b'\n')

    def _open(self, tag):
        self._line('<%s>' % tag)
        self._depth += 1

    def _close(self, tag):
        self._depth -= 1
        self._line('</%s>' % tag)

    def _leaf(self, tag, text=None):
        if text is None:
            self._line('<%s/>' % tag)
        else:
            self._line('<%s>%s</%s>' % (tag, _escape(text), tag))

    def write(self, value):
        self._out.write(PLISTHEADER)
        self._line('<plist version="1.0">')
        self._value(value)
        self._line('</plist>')

    def _value(self, value):
        if isinstance(value, str):
            self._leaf('string', value)
        elif value is True or value is False:
            self._leaf('true' if value else 'false')
        elif isinstance(value, int):
            if not -1 << 63 <= value < 1 << 64:
                raise OverflowError(value)
            self._leaf('integer', '%d' % value)
        elif isinstance(value, float):
            self._leaf('real', repr(value))
        elif isinstance(value, dict):
            self._dict(value)
        elif isinstance(value, (bytes, bytearray)):
            self._data(value)
        elif isinstance(value, _datetime.datetime):
            self._leaf('date', _date_to_string(value))
        elif isinstance(value, (tuple, list)):
            self._array(value)
        else:
            raise TypeError('unsupported type: %s' % type(value))

    def _data(self, data):
        self._open('data')
        self._depth -= 1
        width = max(16, 76 - 8 * self._depth)
        for line in _base64_lines(data, width).split(b'\n'):
            self._line(line)
        self._depth += 1
        self._close('data')

    def _dict(self, mapping):
        if not mapping:
            self._leaf('dict')
            return
        self._open('dict')
        for key, value in (sorted(mapping.items()) if self._sort_keys else mapping.items()):
            if not isinstance(key, str):
                if self._skipkeys:
                    continue
                raise TypeError('keys must be strings')
            self._leaf('key', key)
            self._value(value)
        self._close('dict')

    def _array(self, items):
        if not items:
            self._leaf('array')
            return
        self._open('array')
        for item in items:
            self._value(item)
        self._close('array')


def _looks_xml(header):
    starts = (b'<?xml', b'<plist')
    if header.startswith(starts):
        return True
    for bom, encoding in ((_codecs.BOM_UTF8, 'utf-8'), (_codecs.BOM_UTF16_BE, 'utf-16-be'),
                          (_codecs.BOM_UTF16_LE, 'utf-16-le')):
        if header.startswith(bom):
            for start in starts:
                marked = bom + start.decode('ascii').encode(encoding)
                if header[:len(marked)] == marked:
                    return True
    return False


# ---- binary ----

_INT_CODES = {1: 'B', 2: 'H', 4: 'L', 8: 'Q'}
_MISSING = object()


def _width_for(count):
    for width in (1, 2, 4):
        if count < 1 << (8 * width):
            return width
    return 8


class _BinaryReader:
    """Reads a bplist00 file: trailer, offset table, then objects by reference."""

    def __init__(self, dict_type):
        self._dict_type = dict_type

    def parse(self, stream):
        try:
            self._in = stream
            stream.seek(-32, 2)
            trailer = stream.read(32)
            if len(trailer) != 32:
                raise InvalidFileException()
            (offset_width, self._ref_width, count, top,
             table_at) = _struct.unpack('>6xBBQQQ', trailer)
            stream.seek(table_at)
            self._offsets = self._numbers(count, offset_width)
            self._done = [_MISSING] * count
            return self._object(top)
        except (OSError, IndexError, _struct.error, OverflowError, ValueError):
            raise InvalidFileException()

    def _numbers(self, count, width):
        raw = self._in.read(width * count)
        if width in _INT_CODES:
            return _struct.unpack('>%d%s' % (count, _INT_CODES[width]), raw)
        if not width or len(raw) != width * count:
            raise InvalidFileException()
        return tuple(int.from_bytes(raw[at:at + width], 'big')
                     for at in range(0, width * count, width))

    def _length(self, low):
        if low != 0xF:
            return low
        width = 1 << (self._in.read(1)[0] & 0x3)
        return _struct.unpack('>' + _INT_CODES[width], self._in.read(width))[0]

    def _exactly(self, size):
        raw = self._in.read(size)
        if len(raw) != size:
            raise InvalidFileException()
        return raw

    def _object(self, ref):
        known = self._done[ref]
        if known is not _MISSING:
            return known
        self._in.seek(self._offsets[ref])
        marker = self._in.read(1)[0]
        high, low = marker & 0xF0, marker & 0x0F
        simple = {0x00: None, 0x08: False, 0x09: True, 0x0F: b''}
        if marker in simple:
            value = simple[marker]
        elif high == 0x10:
            value = int.from_bytes(self._in.read(1 << low), 'big', signed=low >= 3)
        elif marker == 0x22:
            value = _struct.unpack('>f', self._in.read(4))[0]
        elif marker == 0x23:
            value = _struct.unpack('>d', self._in.read(8))[0]
        elif marker == 0x33:
            seconds = _struct.unpack('>d', self._in.read(8))[0]
            value = _EPOCH_2001 + _datetime.timedelta(seconds=seconds)
        elif high == 0x40:
            value = self._exactly(self._length(low))
        elif high == 0x50:
            value = self._exactly(self._length(low)).decode('ascii')
        elif high == 0x60:
            value = self._exactly(self._length(low) * 2).decode('utf-16be')
        elif high == 0x80:
            value = UID(int.from_bytes(self._in.read(1 + low), 'big'))
        elif high == 0xA0:
            refs = self._numbers(self._length(low), self._ref_width)
            value = []
            self._done[ref] = value
            value.extend(self._object(item) for item in refs)
        elif high == 0xD0:
            size = self._length(low)
            keys = self._numbers(size, self._ref_width)
            items = self._numbers(size, self._ref_width)
            value = self._dict_type()
            self._done[ref] = value
            try:
                for key, item in zip(keys, items):
                    value[self._object(key)] = self._object(item)
            except TypeError:
                raise InvalidFileException()
        else:
            raise InvalidFileException()
        self._done[ref] = value
        return value


class _BinaryWriter:
    def __init__(self, stream, sort_keys, skipkeys):
        self._out = stream
        self._sort_keys = sort_keys
        self._skipkeys = skipkeys

    def _identity(self, value):
        # Equal scalars share one object; containers never do.
        if isinstance(value, _SCALARS):
            return ('value', type(value), value)
        return ('id', id(value))

    def _pairs(self, mapping):
        chosen = []
        for key, value in (sorted(mapping.items()) if self._sort_keys else mapping.items()):
            if not isinstance(key, str):
                if self._skipkeys:
                    continue
                raise TypeError('keys must be strings')
            chosen.append((key, value))
        return chosen

    def _collect(self, value):
        """Numbers every distinct object, depth first, containers before contents."""
        identity = self._identity(value)
        if identity in self._numbers:
            return
        self._numbers[identity] = len(self._objects)
        self._objects.append(value)
        if isinstance(value, dict):
            pairs = self._pairs(value)
            for key, _ in pairs:
                self._collect(key)
            for _, item in pairs:
                self._collect(item)
        elif isinstance(value, (list, tuple)):
            for item in value:
                self._collect(item)

    def _ref(self, value):
        return self._numbers[self._identity(value)]

    def write(self, value):
        self._objects = []
        self._numbers = {}
        self._collect(value)
        count = len(self._objects)
        self._offsets = [0] * count
        self._ref_code = _INT_CODES[_width_for(count)]
        self._ref_width = _width_for(count)
        self._out.write(b'bplist00')
        for item in self._objects:
            self._emit(item)
        top = self._ref(value)
        table_at = self._out.tell()
        width = _width_for(table_at)
        self._out.write(_struct.pack('>' + _INT_CODES[width] * count, *self._offsets))
        self._out.write(_struct.pack('>5xBBBQQQ', 0, width, self._ref_width, count, top,
                                     table_at))

    def _size(self, marker, size):
        if size < 15:
            self._out.write(bytes([marker | size]))
            return
        for code, width, fmt in ((0x10, 1, 'B'), (0x11, 2, 'H'), (0x12, 4, 'L'),
                                 (0x13, 8, 'Q')):
            if size < 1 << (8 * width) or width == 8:
                self._out.write(_struct.pack('>BB' + fmt, marker | 0xF, code, size))
                return

    def _refs(self, values):
        return _struct.pack('>' + self._ref_code * len(values), *map(self._ref, values))

    def _emit(self, value):
        self._offsets[self._ref(value)] = self._out.tell()
        out = self._out
        if value is None:
            out.write(b'\x00')
        elif value is False:
            out.write(b'\x08')
        elif value is True:
            out.write(b'\x09')
        elif isinstance(value, int):
            out.write(_binary_int(value))
        elif isinstance(value, float):
            out.write(_struct.pack('>Bd', 0x23, value))
        elif isinstance(value, _datetime.datetime):
            out.write(_struct.pack('>Bd', 0x33, (value - _EPOCH_2001).total_seconds()))
        elif isinstance(value, (bytes, bytearray)):
            self._size(0x40, len(value))
            out.write(value)
        elif isinstance(value, str):
            if value.isascii():
                self._size(0x50, len(value))
                out.write(value.encode('ascii'))
            else:
                encoded = value.encode('utf-16be')
                self._size(0x60, len(encoded) // 2)
                out.write(encoded)
        elif isinstance(value, UID):
            out.write(_binary_uid(value))
        elif isinstance(value, (list, tuple)):
            self._size(0xA0, len(value))
            out.write(self._refs(value))
        elif isinstance(value, dict):
            pairs = self._pairs(value)
            self._size(0xD0, len(pairs))
            out.write(self._refs([key for key, _ in pairs]))
            out.write(self._refs([item for _, item in pairs]))
        else:
            raise TypeError(value)


def _binary_int(value):
    if value < 0:
        try:
            return _struct.pack('>Bq', 0x13, value)
        except _struct.error:
            raise OverflowError(value) from None
    for code, width, fmt in ((0x10, 1, 'B'), (0x11, 2, 'H'), (0x12, 4, 'L')):
        if value < 1 << (8 * width):
            return _struct.pack('>B' + fmt, code, value)
    if value < 1 << 63:
        return _struct.pack('>BQ', 0x13, value)
    if value < 1 << 64:
        return b'\x14' + value.to_bytes(16, 'big', signed=True)
    raise OverflowError(value)


def _binary_uid(uid):
    value = uid.data
    if value < 0:
        raise ValueError('UIDs must be positive')
    for code, width, fmt in ((0x80, 1, 'B'), (0x81, 2, 'H'), (0x83, 4, 'L'), (0x87, 8, 'Q')):
        if value < 1 << (8 * width):
            return _struct.pack('>B' + fmt, code, value)
    raise OverflowError(uid)


_FORMATS = {
    FMT_XML: (_looks_xml, _XMLReader, _XMLWriter),
    FMT_BINARY: (lambda header: header[:8] == b'bplist00', _BinaryReader, _BinaryWriter),
}


def load(fp, *, fmt=None, dict_type=dict):
    """The value stored in the property list read from fp."""
    if fmt is None:
        header = fp.read(32)
        fp.seek(0)
        for detect, reader, _ in _FORMATS.values():
            if detect(header):
                break
        else:
            raise InvalidFileException()
    else:
        reader = _FORMATS[fmt][1]
    return reader(dict_type=dict_type).parse(fp)


def loads(value, *, fmt=None, dict_type=dict):
    return load(_io.BytesIO(value), fmt=fmt, dict_type=dict_type)


def dump(value, fp, *, fmt=FMT_XML, sort_keys=True, skipkeys=False):
    if fmt not in _FORMATS:
        raise ValueError('Unsupported format: %r' % (fmt,))
    _FORMATS[fmt][2](fp, sort_keys=sort_keys, skipkeys=skipkeys).write(value)


def dumps(value, *, fmt=FMT_XML, skipkeys=False, sort_keys=True):
    out = _io.BytesIO()
    dump(value, out, fmt=fmt, skipkeys=skipkeys, sort_keys=sort_keys)
    return out.getvalue()
