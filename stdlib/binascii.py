"""binascii: conversions between bytes and ASCII encodings (base64, hex,
CRC-32), what base64 builds on."""

__all__ = ["Error", "Incomplete", "a2b_base64", "b2a_base64", "a2b_hex", "b2a_hex", "hexlify",
           "unhexlify", "crc32"]


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


Error.__module__ = "binascii"
Incomplete.__module__ = "binascii"

_B64 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_B64_VALUE = [-1] * 256
for _i, _c in enumerate(_B64):
    _B64_VALUE[_c] = _i
del _i, _c


def _data(data, what="a bytes-like object"):
    """data as bytes: bytes-like objects, and for the a2b functions ASCII str."""
    if isinstance(data, bytes):
        return data
    if isinstance(data, bytearray):
        return bytes(data)
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    try:
        return bytes(memoryview(data))
    except (TypeError, NameError):
        raise TypeError("a bytes-like object is required, not '%s'"
                        % type(data).__name__) from None


def _ascii_data(data):
    if isinstance(data, str):
        try:
            return data.encode("ascii")
        except UnicodeEncodeError:
            raise ValueError("string argument should contain only ASCII characters") from None
    return _data(data)


def b2a_base64(data, *, newline=True):
    """data in base64, with a final newline unless newline=False."""
    data = _data(data)
    out = bytearray()
    table = _B64
    n = len(data)
    full = n - n % 3
    for i in range(0, full, 3):
        v = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out.append(table[v >> 18])
        out.append(table[(v >> 12) & 63])
        out.append(table[(v >> 6) & 63])
        out.append(table[v & 63])
    rest = n - full
    if rest == 1:
        v = data[full] << 16
        out += bytes([table[v >> 18], table[(v >> 12) & 63]]) + b"=="
    elif rest == 2:
        v = (data[full] << 16) | (data[full + 1] << 8)
        out += bytes([table[v >> 18], table[(v >> 12) & 63], table[(v >> 6) & 63]]) + b"="
    if newline:
        out.append(10)
    return bytes(out)


def a2b_base64(data, *, strict_mode=False):
    """The bytes of base64 data. Characters outside the alphabet are skipped
    (refused with strict_mode=True); a complete padding ends the input;
    binascii.Error when the data characters do not make whole groups."""
    data = _ascii_data(data)
    out = bytearray()
    values = _B64_VALUE
    quad = 0  # position in the current group of four data characters
    left = 0  # the bits of the group not yet written
    pads = 0
    padding_started = False
    n = len(data)
    for k in range(n):
        c = data[k]
        if c == 61:  # '='
            padding_started = True
            if strict_mode and quad == 0:
                raise Error("Excess padding not allowed")
            if quad >= 2:
                pads += 1
                if quad + pads >= 4:
                    if strict_mode and k + 1 < n:
                        raise Error("Excess data after padding")
                    return bytes(out)
            continue
        v = values[c]
        if v < 0:
            if strict_mode:
                raise Error("Only base64 data is allowed")
            continue
        if strict_mode and padding_started:
            raise Error("Discontinuous padding not allowed")
        pads = 0
        if quad == 0:
            left = v
            quad = 1
        elif quad == 1:
            out.append(((left << 2) | (v >> 4)) & 0xFF)
            left = v & 0x0F
            quad = 2
        elif quad == 2:
            out.append(((left << 4) | (v >> 2)) & 0xFF)
            left = v & 0x03
            quad = 3
        else:
            out.append(((left << 6) | v) & 0xFF)
            quad = 0
    if quad == 1:
        raise Error("Invalid base64-encoded string: number of data characters (%d) cannot be "
                    "1 more than a multiple of 4" % (len(out) // 3 * 4 + 1))
    if quad:
        raise Error("Incorrect padding")
    return bytes(out)


_HEX = b"0123456789abcdef"


def b2a_hex(data, sep=None, bytes_per_sep=1):
    """Each byte of data as two lowercase hex digits (sep between groups of
    bytes_per_sep bytes, counted from the right; from the left when
    negative)."""
    data = _data(data)
    h = data.hex()
    if sep is None or not data:
        return h.encode("ascii")
    if isinstance(sep, str):
        sep = sep.encode("ascii")
    if len(sep) != 1:
        raise ValueError("sep must be length 1.")
    step = abs(bytes_per_sep) * 2
    if step == 0:
        return h.encode("ascii")
    if bytes_per_sep > 0:
        first = len(h) % step or step
        groups = [h[:first]] + [h[i:i + step] for i in range(first, len(h), step)]
    else:
        groups = [h[i:i + step] for i in range(0, len(h), step)]
    return sep.join(g.encode("ascii") for g in groups)


hexlify = b2a_hex


def a2b_hex(hexstr):
    """The bytes two hex digits each stand for."""
    data = _ascii_data(hexstr)
    if len(data) % 2:
        raise Error("Odd-length string")
    try:
        return bytes.fromhex(data.decode("ascii"))
    except ValueError:
        raise Error("Non-hexadecimal digit found") from None


unhexlify = a2b_hex


def _crc_table():
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
        table.append(c)
    return table


_CRC_TABLE = []


def crc32(data, crc=0):
    """The CRC-32 of data (continuing from crc), as an unsigned int."""
    data = _data(data)
    if not _CRC_TABLE:
        _CRC_TABLE.extend(_crc_table())
    table = _CRC_TABLE
    c = ~crc & 0xFFFFFFFF
    for b in data:
        c = table[(c ^ b) & 0xFF] ^ (c >> 8)
    return ~c & 0xFFFFFFFF
