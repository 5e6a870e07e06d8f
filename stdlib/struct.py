"""struct: packing values into bytes and back by a format string.

A format is an optional byte order ('@' native with alignment, '=' native
without, '<' little-endian, '>' and '!' big-endian) then codes with
optional repeat counts: x pad, c char, b/B, ?, h/H, i/I, l/L, q/Q, n/N
(native only), e/f/d floats (IEEE half, single, double), s and p strings.
Native is x86-64 Linux: long and size_t are 8 bytes, little-endian. The
errors are CPython's (struct.error with its messages). Single and double
precision go through _struct (native); the rest is Python.
"""

import math as _math

import _struct

__all__ = ["calcsize", "pack", "pack_into", "unpack", "unpack_from", "iter_unpack", "Struct",
           "error"]


class error(Exception):
    pass


error.__module__ = "struct"

# code: (standard size, native size, native alignment, signed)
_INT_CODES = {
    "b": (1, 1, True), "B": (1, 1, False), "h": (2, 2, True), "H": (2, 2, False),
    "i": (4, 4, True), "I": (4, 4, False), "l": (4, 8, True), "L": (4, 8, False),
    "q": (8, 8, True), "Q": (8, 8, False), "n": (None, 8, True), "N": (None, 8, False),
    "P": (None, 8, False),
}
_FLOAT_SIZES = {"e": 2, "f": 4, "d": 8}
_NAMES = {"b": "byte", "B": "ubyte", "h": "short", "H": "ushort"}

_cache = {}


def _parse(fmt):
    """(byte order, native, size, plan) of a format (cached): the plan has
    one entry per value (_plan), an s or p string with its repeat count
    being one value."""
    if isinstance(fmt, bytes):
        fmt = fmt.decode("ascii")
    elif not isinstance(fmt, str):
        raise TypeError("Struct() argument 1 must be a str or bytes object, not %s"
                        % type(fmt).__name__)
    cached = _cache.get(fmt)
    if cached is not None:
        return cached
    order = "@"
    s = fmt
    if s and s[0] in "@=<>!":
        order = s[0]
        s = s[1:]
    native = order == "@"
    items = []
    offset = 0
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c.isspace():
            i += 1
            continue
        count = 1
        if c.isdigit():
            j = i
            while j < n and s[j].isdigit():
                j += 1
            count = int(s[i:j])
            if j >= n:
                raise error("repeat count given without format specifier")
            i = j
            c = s[i]
        i += 1
        if c in _INT_CODES:
            std, nat, _signed = _INT_CODES[c]
            if std is None and not native:
                raise error("bad char in struct format")
            size = nat if native else std
        elif c in _FLOAT_SIZES:
            size = _FLOAT_SIZES[c]
        elif c in "xcs?p":
            size = 1
        else:
            raise error("bad char in struct format")
        if native and size > 1 and c not in "xcsp?":
            offset = (offset + size - 1) // size * size
        if c in "sp":
            items.append((c, count, offset))
            offset += count
        elif c == "x":
            offset += count
        else:
            for _ in range(count):
                items.append((c, 1, offset))
                offset += size
    result = (order, native, offset, [_plan(order, native, it) for it in items])
    if len(_cache) > 100:
        _cache.clear()
    _cache[fmt] = result
    return result


# what each item does: (kind, offset, size, signed, lo, hi, count, code)
_K_INT, _K_FLOAT, _K_BOOL, _K_CHAR, _K_STR, _K_PSTR = range(6)


def _plan(order, native, item):
    code, count, offset = item
    if code in _INT_CODES:
        std, nat, signed = _INT_CODES[code]
        size = nat if native else std
        lo = -(1 << (8 * size - 1)) if signed else 0
        hi = (1 << (8 * size - 1)) - 1 if signed else (1 << (8 * size)) - 1
        return (_K_INT, offset, size, signed, lo, hi, count, code)
    if code in _FLOAT_SIZES:
        fcode = "F" if native and code == "f" else code
        return (_K_FLOAT, offset, _FLOAT_SIZES[code], False, 0, 0, count, fcode)
    kind = {"?": _K_BOOL, "c": _K_CHAR, "s": _K_STR, "p": _K_PSTR}[code]
    return (kind, offset, 1, False, 0, 0, count, code)


def calcsize(fmt):
    """The size in bytes of the struct that fmt describes."""
    return _parse(fmt)[2]


def _int_arg(v):
    if isinstance(v, int):
        return int(v)
    index = getattr(type(v), "__index__", None)
    if index is None:
        raise error("required argument is not an integer")
    return index(v)


def _range_error(order, code, size, signed, v):
    """The struct.error CPython raises for integer v out of code's range."""
    lo = -(1 << (8 * size - 1)) if signed else 0
    hi = (1 << (8 * size - 1)) - 1 if signed else (1 << (8 * size)) - 1
    if code in "bB":
        return error("%s format requires %d <= number <= %d" % (_NAMES[code], lo, hi))
    if order in ">!":
        if size == 8:
            return error("int too large to convert")
        if not signed and v < 0:
            return error("argument out of range")
        return error("'%s' format requires %d <= number <= %d" % (code, lo, hi))
    if code in "hH":
        return error("%s format requires %d <= number <= %d" % (_NAMES[code], lo, hi))
    if size == 8 or (not signed and v < 0):
        return error("argument out of range")
    return error("'%s' format requires %d <= number <= %d" % (code, lo, hi))


# ---- IEEE 754 floats ----------------------------------------------------------------------


def _float_bits(x, ebits, mbits, code):
    """The IEEE bits (an int) of float x in a format with ebits exponent and
    mbits fraction bits, rounded half to even; OverflowError when a finite x
    is too large, except for code "F" (native f), which gives inf as C's
    cast does in CPython. Half precision ("e") uses it; _struct does f and d."""
    bias = (1 << (ebits - 1)) - 1
    sign = 1 if _math.copysign(1.0, x) < 0 else 0
    x = abs(x)
    emax = (1 << ebits) - 1
    if x != x:
        return (sign << (ebits + mbits)) | (emax << mbits) | (1 << (mbits - 1))
    if x == float("inf"):
        return (sign << (ebits + mbits)) | (emax << mbits)
    if x == 0.0:
        return sign << (ebits + mbits)
    m, e = _math.frexp(x)  # x = m * 2**e, 0.5 <= m < 1
    e -= 1  # x = (2m) * 2**e, 1 <= 2m < 2
    if e < 1 - bias:
        # subnormal: fraction = x / 2**(1 - bias - mbits)
        shift = (1 - bias - mbits)
        exp_field = 0
    else:
        shift = e - mbits
        exp_field = e + bias
    # the value in units of 2**shift, exactly, then rounded half to even
    mant = m * 2.0 ** 53
    mant_int = int(mant)  # exact: m has at most 53 bits
    k = (e + 1 - 53) - shift  # x = mant_int * 2**(e + 1 - 53)
    if k >= 0:
        q = mant_int << k
    else:
        q, r = divmod(mant_int, 1 << -k)
        half = 1 << (-k - 1)
        if r > half or (r == half and q & 1):
            q += 1
    if exp_field == 0:
        if q >= 1 << mbits:  # rounded up into the normal range
            exp_field = 1
            q -= 1 << mbits
    else:
        if q >= 1 << (mbits + 1):
            q >>= 1
            exp_field += 1
        q -= 1 << mbits
    if exp_field >= emax:
        if code != "F":  # "F": native f, which C's cast makes inf
            raise OverflowError("float too large to pack with %s format" % code)
        return (sign << (ebits + mbits)) | (emax << mbits)
    return (sign << (ebits + mbits)) | (exp_field << mbits) | q


def _bits_float(bits, ebits, mbits):
    bias = (1 << (ebits - 1)) - 1
    sign = -1.0 if bits >> (ebits + mbits) else 1.0
    exp_field = (bits >> mbits) & ((1 << ebits) - 1)
    frac = bits & ((1 << mbits) - 1)
    if exp_field == (1 << ebits) - 1:
        if frac:
            return float("nan")
        return sign * float("inf")
    if exp_field == 0:
        return sign * _math.ldexp(frac, 1 - bias - mbits)
    return sign * _math.ldexp(frac | (1 << mbits), exp_field - bias - mbits)




# ---- pack and unpack ---------------------------------------------------------------------


def _pack_into(order, plan, buf, base, args):
    byteorder = "little" if order in "@=<" else "big"
    for (kind, offset, size, signed, lo, hi, count, code), v in zip(plan, args):
        at = base + offset
        if kind == _K_INT:
            if type(v) is not int:
                v = _int_arg(v)
            if not lo <= v <= hi:
                raise _range_error(order, code, size, signed, v)
            if v < 0:
                v += 1 << (8 * size)
            buf[at:at + size] = v.to_bytes(size, byteorder)
        elif kind == _K_FLOAT:
            if not isinstance(v, (int, float)):
                f = getattr(type(v), "__float__", None)
                if f is None:
                    raise error("required argument is not a float")
                v = f(v)
            if size == 2:
                buf[at:at + 2] = _float_bits(float(v), 5, 10, "e").to_bytes(2, byteorder)
            else:
                buf[at:at + size] = _struct.pack_float(float(v), size, byteorder == "little",
                                                       code == "F")
        elif kind == _K_BOOL:
            buf[at] = 1 if v else 0
        elif kind == _K_CHAR:
            if not isinstance(v, (bytes, bytearray)) or len(v) != 1:
                raise error("char format requires a bytes object of length 1")
            buf[at] = v[0]
        else:
            if not isinstance(v, (bytes, bytearray)):
                raise error("argument for '%s' must be a bytes object" % code)
            if kind == _K_STR:
                data = bytes(v[:count]).ljust(count, b"\x00")
            elif count == 0:
                data = b""
            else:
                body = bytes(v[:count - 1])
                data = (bytes([min(len(body), 255)]) + body).ljust(count, b"\x00")
            buf[at:at + count] = data


def _check_count(items, args, what):
    if len(args) != len(items):
        raise error("%s expected %d items for packing (got %d)" % (what, len(items), len(args)))


def pack(fmt, *args):
    """The bytes of args packed by fmt."""
    order, native, size, items = _parse(fmt)
    _check_count(items, args, "pack")
    buf = bytearray(size)
    _pack_into(order, items, buf, 0, args)
    return bytes(buf)


def pack_into(fmt, buffer, offset, *args):
    """Packs args into the writable buffer (a bytearray) at offset."""
    order, native, size, items = _parse(fmt)
    _check_count(items, args, "pack_into")
    offset = _int_arg(offset)
    if offset < 0:
        if offset + len(buffer) < 0:
            raise error("offset %d out of range for %d-byte buffer" % (offset, len(buffer)))
        offset += len(buffer)
    if len(buffer) - offset < size:
        raise error("pack_into requires a buffer of at least %d bytes for packing %d bytes at "
                    "offset %d (actual buffer size is %d)"
                    % (size + offset, size, offset, len(buffer)))
    _pack_into(order, items, buffer, offset, args)


def _unpack(order, plan, data, base):
    byteorder = "little" if order in "@=<" else "big"
    from_bytes = int.from_bytes
    out = []
    for kind, offset, size, signed, lo, hi, count, code in plan:
        at = base + offset
        if kind == _K_INT:
            v = from_bytes(data[at:at + size], byteorder)
            if signed and v > hi:
                v -= 1 << (8 * size)
            out.append(v)
        elif kind == _K_FLOAT:
            if size == 2:
                out.append(_bits_float(from_bytes(data[at:at + 2], byteorder), 5, 10))
            else:
                out.append(_struct.unpack_float(data[at:at + size], byteorder == "little"))
        elif kind == _K_BOOL:
            out.append(data[at] != 0)
        elif kind == _K_CHAR:
            out.append(bytes(data[at:at + 1]))
        elif kind == _K_STR:
            out.append(bytes(data[at:at + count]))
        elif count == 0:
            out.append(b"")
        else:
            n = min(data[at], count - 1)
            out.append(bytes(data[at + 1:at + 1 + n]))
    return tuple(out)


def _bytes_like(buffer):
    if isinstance(buffer, (bytes, bytearray)):
        return buffer
    if isinstance(buffer, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    try:
        return bytes(buffer)
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'"
                        % type(buffer).__name__) from None


def unpack(fmt, buffer):
    """The tuple of values fmt reads from buffer (exactly calcsize(fmt) bytes)."""
    order, native, size, items = _parse(fmt)
    buffer = _bytes_like(buffer)
    if len(buffer) != size:
        raise error("unpack requires a buffer of %d bytes" % size)
    return _unpack(order, items, buffer, 0)


def unpack_from(fmt, /, buffer, offset=0):
    """The values fmt reads from buffer starting at offset."""
    order, native, size, items = _parse(fmt)
    buffer = _bytes_like(buffer)
    offset = _int_arg(offset)
    if offset < 0:
        if offset + len(buffer) < 0:
            raise error("offset %d out of range for %d-byte buffer" % (offset, len(buffer)))
        offset += len(buffer)
    if len(buffer) - offset < size:
        if offset > len(buffer) or offset < 0:
            raise error("offset %d out of range for %d-byte buffer" % (offset, len(buffer)))
        raise error("unpack_from requires a buffer of at least %d bytes for unpacking %d "
                    "bytes at offset %d (actual buffer size is %d)"
                    % (size + offset, size, offset, len(buffer)))
    return _unpack(order, items, buffer, offset)


def iter_unpack(fmt, buffer):
    """An iterator of the tuples read from consecutive calcsize(fmt) chunks."""
    order, native, size, items = _parse(fmt)
    buffer = _bytes_like(buffer)
    if size == 0:
        raise error("cannot iteratively unpack with a struct of length 0")
    if len(buffer) % size:
        raise error("iterative unpacking requires a buffer of a multiple of %d bytes" % size)
    return (_unpack(order, items, buffer, k) for k in range(0, len(buffer), size))


class Struct:
    """A compiled format: Struct(fmt).pack(...), .unpack(b), .size, .format."""

    def __init__(self, format):
        self._parsed = _parse(format)
        self.format = format.decode("ascii") if isinstance(format, bytes) else format
        self.size = self._parsed[2]

    def pack(self, *args):
        return pack(self.format, *args)

    def pack_into(self, buffer, offset, *args):
        pack_into(self.format, buffer, offset, *args)

    def unpack(self, buffer):
        return unpack(self.format, buffer)

    def unpack_from(self, buffer, offset=0):
        return unpack_from(self.format, buffer, offset)

    def iter_unpack(self, buffer):
        return iter_unpack(self.format, buffer)
