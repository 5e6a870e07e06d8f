"""hashlib: MD5, SHA-1 and SHA-224/256/384/512 (native `_hashlib`), and
SHA-3 and SHAKE (FIPS 202, in Python: `_sha3`).

hashlib.sha256(data).hexdigest() and the rest of CPython's interface: a
hash object has update(), digest(), hexdigest(), copy(), name, digest_size
and block_size; new(name, data) picks the algorithm by name (in any case);
pbkdf2_hmac and file_digest work over them. BLAKE2 is missing
(algorithms_available is algorithms_guaranteed without it).
"""

import _hashlib

__all__ = ("md5", "sha1", "sha224", "sha256", "sha384", "sha512", "sha3_224", "sha3_256",
           "sha3_384", "sha3_512", "shake_128", "shake_256", "new",
           "algorithms_guaranteed", "algorithms_available", "pbkdf2_hmac", "file_digest")

_SHA3_NAMES = {"sha3_224", "sha3_256", "sha3_384", "sha3_512", "shake_128", "shake_256"}
algorithms_guaranteed = {"md5", "sha1", "sha224", "sha256", "sha384", "sha512"} | _SHA3_NAMES
algorithms_available = set(algorithms_guaranteed)


class HASH(object):
    """A running hash: its state is a value from _hashlib, replaced on each
    update, so copy() is cheap."""

    def __init__(self, name, data=b""):
        self._state = _hashlib.init(name)
        self.name, self.digest_size, self.block_size = _hashlib.describe(self._state)
        self.update(data)

    def update(self, data):
        self._state = _hashlib.update(self._state, data)

    def digest(self):
        return _hashlib.digest(self._state)

    def hexdigest(self):
        return _hashlib.digest(self._state).hex()

    def copy(self):
        other = HASH.__new__(HASH)
        other._state = self._state
        other.name = self.name
        other.digest_size = self.digest_size
        other.block_size = self.block_size
        return other

    def __repr__(self):
        return "<%s _hashlib.HASH object @ %s>" % (self.name, hex(id(self)))


def new(name, data=b"", **kwargs):
    """A hash object of the algorithm called name ('sha256', 'SHA256', ...)."""
    if not isinstance(name, str):
        raise TypeError("new() argument 'name' must be str, not %s" % type(name).__name__)
    key = name.lower()
    if key not in algorithms_guaranteed:
        raise ValueError("unsupported hash type " + name)
    if key in _SHA3_NAMES:
        import _sha3
        return getattr(_sha3, key)(data)
    return HASH(key, data)


def _constructor(name):
    def make(string=b"", *, usedforsecurity=True):
        return HASH(name, string)
    make.__name__ = "openssl_" + name
    make.__qualname__ = "openssl_" + name
    return make


md5 = _constructor("md5")
sha1 = _constructor("sha1")
sha224 = _constructor("sha224")
sha256 = _constructor("sha256")
sha384 = _constructor("sha384")
sha512 = _constructor("sha512")
from _sha3 import sha3_224, sha3_256, sha3_384, sha3_512, shake_128, shake_256


def pbkdf2_hmac(hash_name, password, salt, iterations, dklen=None):
    """PBKDF2 (RFC 8018) with HMAC over hash_name: the derived key, dklen
    bytes (the digest size when None)."""
    import hmac
    if not isinstance(hash_name, str):
        raise TypeError("pbkdf2_hmac() argument 'hash_name' must be str, not %s"
                        % type(hash_name).__name__)
    password = bytes(password)
    salt = bytes(salt)
    if iterations < 1:
        raise ValueError("iteration value must be greater than 0.")
    base = hmac.new(password, None, hash_name)
    if dklen is None:
        dklen = base.digest_size
    if dklen < 1:
        raise ValueError("key length must be greater than 0.")
    out = b""
    block = 1
    while len(out) < dklen:
        mac = base.copy()
        mac.update(salt + block.to_bytes(4, "big"))
        u = mac.digest()
        acc = int.from_bytes(u, "big")
        for _ in range(iterations - 1):
            mac = base.copy()
            mac.update(u)
            u = mac.digest()
            acc ^= int.from_bytes(u, "big")
        out += acc.to_bytes(len(u), "big")
        block += 1
    return out[:dklen]


def file_digest(fileobj, digest, /, *, _bufsize=2 ** 18):
    """The hash of what fileobj (a binary stream, such as io.BytesIO) reads
    to its end; digest is a name or a constructor."""
    if isinstance(digest, str):
        h = new(digest)
    else:
        h = digest()
    if hasattr(fileobj, "getbuffer"):
        h.update(bytes(fileobj.getbuffer()))
        return h
    if not (hasattr(fileobj, "readinto") or hasattr(fileobj, "read")):
        raise ValueError("'%r' is not a file-like object in binary reading mode." % fileobj)
    while True:
        chunk = fileobj.read(_bufsize)
        if not chunk:
            break
        h.update(chunk)
    return h
