"""base64: Base16, Base32 and Base64 encodings of bytes (RFC 4648), the
MIME form with 76-character lines (encodebytes), and Base85 (b85encode,
b85decode: git's and Mercurial's alphabet)."""

import binascii

__all__ = ["encode", "decode", "encodebytes", "decodebytes", "b64encode", "b64decode",
           "b32encode", "b32decode", "b32hexencode", "b32hexdecode", "b16encode", "b16decode",
           "standard_b64encode", "standard_b64decode", "urlsafe_b64encode",
           "urlsafe_b64decode", "b85encode", "b85decode", "a85encode", "a85decode"]

bytes_types = (bytes, bytearray)


def _bytes_from_decode_data(s):
    if isinstance(s, str):
        try:
            return s.encode("ascii")
        except UnicodeEncodeError:
            raise ValueError("string argument should contain only ASCII characters") from None
    if isinstance(s, bytes_types):
        return bytes(s)
    try:
        return bytes(memoryview(s))
    except (TypeError, NameError):
        raise TypeError("argument should be a bytes-like object or ASCII string, not %r"
                        % s.__class__.__name__) from None


def _translate(data, src, dst):
    """data with each byte of src replaced by the byte of dst at its place."""
    if src == dst:
        return data
    table = list(range(256))
    for a, b in zip(src, dst):
        table[a] = b
    return bytes([table[c] for c in data])


def b64encode(s, altchars=None):
    """s in Base64 (no newline); altchars (2 bytes) replace '+' and '/'."""
    encoded = binascii.b2a_base64(s, newline=False)
    if altchars is not None:
        if len(altchars) != 2:
            raise AssertionError(repr(altchars))
        return _translate(encoded, b"+/", bytes(altchars))
    return encoded


def b64decode(s, altchars=None, validate=False):
    """The bytes of Base64 s (bytes or ASCII str). Without validate,
    characters outside the alphabet are dropped; with it they raise
    binascii.Error. Bad padding raises binascii.Error."""
    s = _bytes_from_decode_data(s)
    if altchars is not None:
        altchars = _bytes_from_decode_data(altchars)
        if len(altchars) != 2:
            raise AssertionError(repr(altchars))
        s = _translate(s, altchars, b"+/")
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    """Base64 with '-' and '_' for '+' and '/'."""
    return _translate(b64encode(s), b"+/", b"-_")


def urlsafe_b64decode(s):
    s = _bytes_from_decode_data(s)
    return b64decode(_translate(s, b"-_", b"+/"))


_B32 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
_B32HEX = b"0123456789ABCDEFGHIJKLMNOPQRSTUV"


def _b32encode(alphabet, s):
    if not isinstance(s, bytes_types):
        s = memoryview(s).tobytes()
    s = bytes(s)
    leftover = len(s) % 5
    if leftover:
        s = s + b"\0" * (5 - leftover)
    out = bytearray()
    for i in range(0, len(s), 5):
        c = int.from_bytes(s[i:i + 5], "big")
        for shift in range(35, -5, -5):
            out.append(alphabet[(c >> shift) & 31])
    if leftover == 1:
        out[-6:] = b"======"
    elif leftover == 2:
        out[-4:] = b"===="
    elif leftover == 3:
        out[-3:] = b"==="
    elif leftover == 4:
        out[-1:] = b"="
    return bytes(out)


def _b32decode(alphabet, s, casefold=False, map01=None):
    s = _bytes_from_decode_data(s)
    if len(s) % 8:
        raise binascii.Error("Incorrect padding")
    if map01 is not None:
        map01 = _bytes_from_decode_data(map01)
        assert len(map01) == 1, repr(map01)
        s = _translate(s, b"01", b"O" + map01)
    if casefold:
        s = s.upper()
    stripped = s.rstrip(b"=")
    padchars = len(s) - len(stripped)
    values = {c: i for i, c in enumerate(alphabet)}
    out = bytearray()
    for i in range(0, len(stripped), 8):
        quanta = stripped[i:i + 8]
        acc = 0
        for c in quanta:
            v = values.get(c)
            if v is None:
                raise binascii.Error("Non-base32 digit found")
            acc = (acc << 5) | v
        acc <<= 5 * (8 - len(quanta))
        out += acc.to_bytes(5, "big")
    if len(s) % 8 or padchars not in (0, 1, 3, 4, 6):
        raise binascii.Error("Incorrect padding")
    if padchars and out:
        acc_bytes = {0: 5, 1: 4, 3: 3, 4: 2, 6: 1}[padchars]
        del out[len(out) - 5 + acc_bytes:]
    return bytes(out)


def b32encode(s):
    """s in Base32."""
    return _b32encode(_B32, s)


def b32decode(s, casefold=False, map01=None):
    return _b32decode(_B32, s, casefold, map01)


def b32hexencode(s):
    return _b32encode(_B32HEX, s)


def b32hexdecode(s, casefold=False):
    return _b32decode(_B32HEX, s, casefold)


def b16encode(s):
    """s in Base16 (uppercase hex)."""
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    s = _bytes_from_decode_data(s)
    if casefold:
        s = s.upper()
    for c in s:
        if c not in b"0123456789ABCDEF":
            raise binascii.Error("Non-base16 digit found")
    return binascii.unhexlify(s)


MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def encodebytes(s):
    """s in Base64 as lines of at most 76 characters, each ending in a newline."""
    if not isinstance(s, bytes_types):
        raise TypeError("expected bytes-like object, not %s" % s.__class__.__name__)
    pieces = []
    for i in range(0, len(s), MAXBINSIZE):
        pieces.append(binascii.b2a_base64(s[i:i + MAXBINSIZE]))
    return b"".join(pieces)


def decodebytes(s):
    if not isinstance(s, bytes_types):
        raise TypeError("expected bytes-like object, not %s" % s.__class__.__name__)
    return binascii.a2b_base64(s)


def encode(input, output):
    """Encodes the file-like input into output, 76-character lines."""
    while True:
        s = input.read(MAXBINSIZE)
        if not s:
            break
        while len(s) < MAXBINSIZE:
            ns = input.read(MAXBINSIZE - len(s))
            if not ns:
                break
            s += ns
        output.write(binascii.b2a_base64(s))


def decode(input, output):
    while True:
        line = input.readline()
        if not line:
            break
        output.write(binascii.a2b_base64(line))


_B85 = (b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
        b"!#$%&()*+-;<=>?@^_`{|}~")
_B85_VALUE = {c: i for i, c in enumerate(_B85)}


def b85encode(b, pad=False):
    """Each 4 bytes (big-endian) as 5 digits of base 85, most significant
    first; a short last group is padded with zeros and its extra digits
    dropped unless pad is true."""
    b = memoryview(b).tobytes() if not isinstance(b, bytes_types) else bytes(b)
    extra = -len(b) % 4
    data = b + b"\0" * extra
    out = bytearray()
    for i in range(0, len(data), 4):
        n = int.from_bytes(data[i:i + 4], "big")
        group = bytearray(5)
        for k in range(4, -1, -1):
            n, d = divmod(n, 85)
            group[k] = _B85[d]
        out += group
    if extra and not pad:
        del out[len(out) - extra:]
    return bytes(out)


def b85decode(b):
    """The bytes b85encode made (a short last group padded with '~')."""
    b = _bytes_from_decode_data(b)
    extra = -len(b) % 5
    data = b + b"~" * extra
    out = bytearray()
    for i in range(0, len(data), 5):
        n = 0
        for j in range(5):
            c = data[i + j]
            if c not in _B85_VALUE:
                raise ValueError("bad base85 character at position %d" % (i + j))
            n = n * 85 + _B85_VALUE[c]
        if n > 0xffffffff:
            raise ValueError("base85 overflow in hunk starting at byte %d" % i)
        out += n.to_bytes(4, "big")
    if extra:
        del out[len(out) - extra:]
    return bytes(out)


def _a85_word(n):
    # 5 digits of base 85 over the characters '!' (0) to 'u' (84)
    digits = bytearray(5)
    for k in range(4, -1, -1):
        n, d = divmod(n, 85)
        digits[k] = 33 + d
    return bytes(digits)


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    """Ascii85: each 4 bytes as 5 characters '!'..'u'; a zero group is 'z'
    (and four spaces 'y' with foldspaces); adobe adds the <~ ~> frame;
    wrapcol breaks the text into lines."""
    b = memoryview(b).tobytes() if not isinstance(b, bytes_types) else bytes(b)
    extra = -len(b) % 4
    data = b + b"\0" * extra
    groups = []
    for i in range(0, len(data), 4):
        n = int.from_bytes(data[i:i + 4], "big")
        if n == 0:
            groups.append(b"z")
        elif foldspaces and n == 0x20202020:
            groups.append(b"y")
        else:
            groups.append(_a85_word(n))
    if extra and not pad and groups:
        last = b"!!!!!" if groups[-1] == b"z" else groups[-1]
        groups[-1] = last[:len(last) - extra]
    text = b"".join(groups)
    if adobe:
        text = b"<~" + text
    if wrapcol:
        width = max(2 if adobe else 1, wrapcol)
        lines = [text[i:i + width] for i in range(0, len(text), width)] or [b""]
        if adobe and len(lines[-1]) + 2 > width:
            lines.append(b"")
        text = b"\n".join(lines)
    return text + b"~>" if adobe else text


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b" \t\n\r\v"):
    """The bytes a85encode made; characters in ignorechars are skipped."""
    b = _bytes_from_decode_data(b)
    if adobe:
        if not b.endswith(b"~>"):
            raise ValueError("Ascii85 encoded byte sequences must end with %r" % (b"~>",))
        b = b[2:-2] if b.startswith(b"<~") else b[:-2]
    out = bytearray()
    group = []

    def flush(digits):
        n = 0
        for d in digits:
            n = n * 85 + d
        if n > 0xffffffff:
            raise ValueError("Ascii85 overflow")
        return n.to_bytes(4, "big")

    for c in b:
        if 33 <= c <= 117:
            group.append(c - 33)
            if len(group) == 5:
                out += flush(group)
                group = []
        elif c == 0x7a:  # 'z'
            if group:
                raise ValueError("z inside Ascii85 5-tuple")
            out += b"\0\0\0\0"
        elif foldspaces and c == 0x79:  # 'y'
            if group:
                raise ValueError("y inside Ascii85 5-tuple")
            out += b"    "
        elif c in ignorechars:
            continue
        else:
            raise ValueError("Non-Ascii85 digit found: %c" % c)
    if group:
        missing = 5 - len(group)
        out += flush(group + [84] * missing)[:4 - missing]
    return bytes(out)
