"""secrets: random tokens and choices (token_bytes, token_hex, token_urlsafe, choice,
randbelow, randbits, compare_digest).

CPython draws these from the operating system's entropy, which no program here can reach:
they come from random.SystemRandom, a generator seeded from the clocks, so they are fit
for identifiers but not for keys or passwords that must resist guessing.
"""

__all__ = ["choice", "randbelow", "randbits", "SystemRandom", "token_bytes", "token_hex",
           "token_urlsafe", "compare_digest"]

import base64
from random import SystemRandom

_sysrand = SystemRandom()
randbits = _sysrand.getrandbits
choice = _sysrand.choice
DEFAULT_ENTROPY = 32


def randbelow(exclusive_upper_bound):
    """A random int in range(exclusive_upper_bound)."""
    if exclusive_upper_bound <= 0:
        raise ValueError("Upper bound must be positive.")
    return _sysrand._randbelow(exclusive_upper_bound)


def token_bytes(nbytes=None):
    """nbytes random bytes (DEFAULT_ENTROPY when None)."""
    if nbytes is None:
        nbytes = DEFAULT_ENTROPY
    return _sysrand.randbytes(nbytes)


def token_hex(nbytes=None):
    """nbytes random bytes as hexadecimal text (two digits a byte)."""
    return token_bytes(nbytes).hex()


def token_urlsafe(nbytes=None):
    """nbytes random bytes as URL-safe Base64 text without padding."""
    return base64.urlsafe_b64encode(token_bytes(nbytes)).rstrip(b"=").decode("ascii")


def compare_digest(a, b):
    """a == b for two str (ASCII only) or two bytes-like values, taking the same time
    whatever the position of the first difference."""
    if isinstance(a, str) and isinstance(b, str):
        if not all(ord(c) < 128 for c in a + b):
            raise TypeError("comparing strings with non-ASCII characters is not supported")
        a = a.encode("ascii")
        b = b.encode("ascii")
    else:
        buffers = (bytes, bytearray)
        if not isinstance(a, buffers) and not isinstance(b, buffers):
            raise TypeError("unsupported operand types(s) or combination of types: '%s' and '%s'"
                            % (type(a).__name__, type(b).__name__))
        for x in (a, b):
            if not isinstance(x, buffers):
                raise TypeError("a bytes-like object is required, not '%s'" % type(x).__name__)
    differ = len(a) ^ len(b)
    other = b if len(a) == len(b) else a
    for x, y in zip(a, other):
        differ |= x ^ y
    return differ == 0
