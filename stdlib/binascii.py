"""binascii: conversions between bytes and ASCII encodings (base64, hex,
CRC-32), what base64 builds on. The byte loops are native (_binascii)."""

import _binascii

__all__ = ["Error", "Incomplete", "a2b_base64", "b2a_base64", "a2b_hex", "b2a_hex", "hexlify",
           "unhexlify", "crc32", "a2b_qp", "b2a_qp"]


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


Error.__module__ = "binascii"
Incomplete.__module__ = "binascii"


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
    """What the a2b functions take: bytes-like objects or ASCII str."""
    if isinstance(data, str):
        try:
            return data.encode("ascii")
        except UnicodeEncodeError:
            raise ValueError("string argument should contain only ASCII characters") from None
    try:
        return _data(data)
    except TypeError:
        raise TypeError("argument should be bytes, buffer or ASCII string, not '%s'"
                        % type(data).__name__) from None


def b2a_base64(data, *, newline=True):
    """data in base64, with a final newline unless newline=False."""
    return _binascii.b2a_base64(_data(data), newline)


def a2b_base64(data, *, strict_mode=False):
    """The bytes of base64 data. Characters outside the alphabet are skipped
    (refused with strict_mode=True); a complete padding ends the input;
    binascii.Error when the data characters do not make whole groups."""
    r = _binascii.a2b_base64(_ascii_data(data), strict_mode)
    if type(r) is str:
        raise Error(r)
    return r


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


def crc32(data, crc=0):
    """The CRC-32 of data (continuing from crc), as an unsigned int."""
    return _binascii.crc32(_data(data), crc & 0xFFFFFFFF)


def b2a_qp(data, quotetabs=False, istext=True, header=False):
    """data in quoted-printable (the quopri module's encoder): spaces and tabs
    quoted too with quotetabs, line ends quoted unless istext, '_' for space
    with header."""
    from quopri import _b2a_qp
    return _b2a_qp(_data(data), quotetabs, header, istext)


def a2b_qp(data, header=False):
    """The bytes of quoted-printable data ('_' read as space with header)."""
    from quopri import _a2b_qp
    return _a2b_qp(_ascii_data(data), header)
