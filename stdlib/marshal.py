"""marshal for closured: CPython's binary format (version 4) for plain values:
None, bools, ints, floats, complex numbers, str, bytes, tuples, lists,
dicts, sets, frozensets, Ellipsis and StopIteration. Code objects are not
written (closured's code is not CPython's bytecode). Written in Python."""

import struct as _struct

version = 4

_NULL = b'0'
_REF = 0x80
_ASCII_ID = set(b'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_')


class _Writer:
    def __init__(self, ver):
        self.out = bytearray()
        self.ver = ver
        self.refs = {}
        self.keep = []
        self.depth = 0

    def ref(self, v, code):
        """Writes a back reference when v was written before (version 3 and
        later); else its type code, flagged as a reference target."""
        if self.ver < 3:
            self.out.append(code)
            return False
        key = id(v)
        i = self.refs.get(key)
        if i is not None:
            self.out += b'r' + _struct.pack('<I', i)
            return True
        self.refs[key] = len(self.refs)
        self.keep.append(v)
        self.out.append(code | _REF)
        return False

    def long(self, n):
        self.out += _struct.pack('<i', n)

    def write(self, v):
        self.depth += 1
        if self.depth > 2000:
            raise ValueError('object too deeply nested to marshal')
        try:
            self._write(v)
        finally:
            self.depth -= 1

    def _write(self, v):
        out = self.out
        t = type(v)
        if v is None:
            out += b'N'
        elif v is True:
            out += b'T'
        elif v is False:
            out += b'F'
        elif v is Ellipsis:
            out += b'.'
        elif v is StopIteration:
            out += b'S'
        elif t is int:
            if -2**31 <= v < 2**31:
                if not self.ref(v, ord('i')):
                    self.long(v)
            elif not self.ref(v, ord('l')):
                digits = []
                a = abs(v)
                while a:
                    digits.append(a & 0x7fff)
                    a >>= 15
                self.long(len(digits) if v > 0 else -len(digits))
                for d in digits:
                    out += _struct.pack('<H', d)
        elif t is float:
            if self.ver > 1:
                if not self.ref(v, ord('g')):
                    out += _struct.pack('<d', v)
            else:
                s = repr(v).encode()
                if not self.ref(v, ord('f')):
                    out += bytes([len(s)]) + s
        elif t is complex:
            if not self.ref(v, ord('y')):
                out += _struct.pack('<dd', v.real, v.imag)
        elif t is str:
            data = v.encode('utf-8', 'surrogatepass')
            if self.ver >= 4 and v.isascii():
                interned = len(data) > 0 and all(c in _ASCII_ID for c in data)
                if len(data) < 256:
                    if not self.ref(v, ord('Z' if interned else 'z')):
                        out += bytes([len(data)]) + data
                elif not self.ref(v, ord('A' if interned else 'a')):
                    self.long(len(data))
                    out += data
            elif not self.ref(v, ord('u')):
                self.long(len(data))
                out += data
        elif t is bytes or t is bytearray or t is memoryview:
            data = bytes(v)
            if not self.ref(v, ord('s')):
                self.long(len(data))
                out += data
        elif t is tuple:
            if self.ver >= 4 and len(v) < 256:
                if not self.ref(v, ord(')')):
                    out.append(len(v))
                    for x in v:
                        self.write(x)
            elif not self.ref(v, ord('(')):
                self.long(len(v))
                for x in v:
                    self.write(x)
        elif t is list:
            if not self.ref(v, ord('[')):
                self.long(len(v))
                for x in v:
                    self.write(x)
        elif t is dict:
            if not self.ref(v, ord('{')):
                for k, x in v.items():
                    self.write(k)
                    self.write(x)
                out += _NULL
        elif t is set or t is frozenset:
            if not self.ref(v, ord('<' if t is set else '>')):
                self.long(len(v))
                for x in v:
                    self.write(x)
        else:
            raise ValueError('unmarshallable object')


def dumps(value, version=version, /):
    """The bytes of value in marshal's format."""
    w = _Writer(version)
    w.write(value)
    return bytes(w.out)


def dump(value, file, version=version, /):
    file.write(dumps(value, version))


class _Reader:
    def __init__(self, data):
        self.data = data
        self.pos = 0
        self.refs = []

    def take(self, n):
        if n < 0 or self.pos + n > len(self.data):
            raise EOFError('marshal data too short')
        b = self.data[self.pos:self.pos + n]
        self.pos += n
        return b

    def long(self):
        return _struct.unpack('<i', self.take(4))[0]

    def byte(self):
        return self.take(1)[0]

    def read(self):
        if self.pos >= len(self.data):
            raise EOFError('EOF read where object expected')
        code = self.byte()
        flag = code & _REF
        code &= ~_REF
        c = chr(code)
        slot = None
        if flag:
            slot = len(self.refs)
            self.refs.append(None)

        def keep(v):
            if slot is not None:
                self.refs[slot] = v
            return v

        if c == 'N':
            return None
        if c == 'T':
            return True
        if c == 'F':
            return False
        if c == '.':
            return Ellipsis
        if c == 'S':
            return StopIteration
        if c == '0':
            raise TypeError('NULL object in marshal data for object')
        if c == 'i':
            return keep(self.long())
        if c == 'l':
            n = self.long()
            v = 0
            for i in range(abs(n)):
                d = _struct.unpack('<H', self.take(2))[0]
                if d > 0x7fff:
                    raise ValueError('bad marshal data (digit out of range in long)')
                v |= d << (15 * i)
            return keep(-v if n < 0 else v)
        if c == 'g':
            return keep(_struct.unpack('<d', self.take(8))[0])
        if c == 'f':
            return keep(float(self.take(self.byte()).decode()))
        if c == 'y':
            re, im = _struct.unpack('<dd', self.take(16))
            return keep(complex(re, im))
        if c == 'x':
            re = float(self.take(self.byte()).decode())
            im = float(self.take(self.byte()).decode())
            return keep(complex(re, im))
        if c in 'zZ':
            return keep(self.take(self.byte()).decode('ascii'))
        if c in 'aA':
            return keep(self.take(self.long()).decode('ascii'))
        if c in 'ut':
            return keep(self.take(self.long()).decode('utf-8', 'surrogatepass'))
        if c == 's':
            return keep(bytes(self.take(self.long())))
        if c in ')(':
            n = self.byte() if c == ')' else self.long()
            if n < 0:
                raise ValueError('bad marshal data (tuple size out of range)')
            items = [self.read() for _ in range(n)]
            return keep(tuple(items))
        if c == '[':
            n = self.long()
            if n < 0:
                raise ValueError('bad marshal data (list size out of range)')
            v = keep([])
            for _ in range(n):
                v.append(self.read())
            return v
        if c == '{':
            v = keep({})
            while True:
                if self.pos < len(self.data) and self.data[self.pos] == 0x30:
                    self.pos += 1
                    return v
                k = self.read()
                v[k] = self.read()
        if c in '<>':
            n = self.long()
            if n < 0:
                raise ValueError('bad marshal data (set size out of range)')
            items = [self.read() for _ in range(n)]
            return keep(set(items) if c == '<' else frozenset(items))
        if c == 'r':
            i = self.long()
            if i < 0 or i >= len(self.refs) or self.refs[i] is None:
                raise ValueError('bad marshal data (invalid reference)')
            return self.refs[i]
        if c == 'c':
            raise ValueError('bad marshal data (code objects are not supported by closured)')
        raise ValueError('bad marshal data (unknown type code)')


def loads(data, /):
    """The value that the bytes-like data begins with."""
    return _Reader(bytes(data)).read()


def load(file, /):
    r = _Reader(file.read())
    v = r.read()
    return v
