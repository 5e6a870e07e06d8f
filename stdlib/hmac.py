"""hmac: keyed hashing (RFC 2104) over hashlib.

HMAC(key, msg, digestmod) with update/digest/hexdigest/copy, name,
digest_size and block_size; new() and digest() as CPython's; compare_digest
compares in a time that does not depend on where the inputs differ.
"""

import hashlib as _hashlib_mod
from _hashlib import compare_digest

__all__ = ["HMAC", "new", "digest", "compare_digest", "digest_size"]

trans_5C = bytes((x ^ 0x5C) for x in range(256))
trans_36 = bytes((x ^ 0x36) for x in range(256))
digest_size = None


def _constructor_of(digestmod):
    if callable(digestmod):
        return digestmod
    if isinstance(digestmod, str):
        return lambda d=b"": _hashlib_mod.new(digestmod, d)
    return lambda d=b"": digestmod.new(d)


class HMAC(object):
    """The running HMAC of a key: an inner hash of (key ^ ipad) + message
    and an outer one of (key ^ opad) taken at digest()."""

    blocksize = 64

    def __init__(self, key, msg=None, digestmod=""):
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError("key: expected bytes or bytearray, but got %r" % type(key).__name__)
        if not digestmod:
            raise TypeError("Missing required parameter 'digestmod'.")
        make = _constructor_of(digestmod)
        self._outer = make()
        self._inner = make()
        self.digest_size = self._inner.digest_size
        blocksize = getattr(self._inner, "block_size", self.blocksize)
        if blocksize < 16:
            blocksize = self.blocksize
        if len(key) > blocksize:
            key = make(key).digest()
        self.block_size = blocksize
        key = bytes(key).ljust(blocksize, b"\0")
        self._outer.update(bytes([trans_5C[b] for b in key]))
        self._inner.update(bytes([trans_36[b] for b in key]))
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return "hmac-" + self._inner.name

    def update(self, msg):
        self._inner.update(msg)

    def copy(self):
        other = self.__class__.__new__(self.__class__)
        other._inner = self._inner.copy()
        other._outer = self._outer.copy()
        other.digest_size = self.digest_size
        other.block_size = self.block_size
        return other

    def _current(self):
        h = self._outer.copy()
        h.update(self._inner.digest())
        return h

    def digest(self):
        return self._current().digest()

    def hexdigest(self):
        return self._current().hexdigest()


def new(key, msg=None, digestmod=""):
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    """The HMAC of msg under key in one call (digest: a name, constructor or module)."""
    return HMAC(key, msg, digest).digest()
