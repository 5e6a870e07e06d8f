# HMAC test cases from RFC 2202 (MD5, SHA-1) and RFC 4231 (SHA-2), the
# object interface, hmac.digest and compare_digest.
import hashlib
import hmac

cases = [
    (b"\x0b" * 16, b"Hi There"),
    (b"Jefe", b"what do ya want for nothing?"),
    (b"\xaa" * 16, b"\xdd" * 50),
    (bytes(range(1, 26)), b"\xcd" * 50),
    (b"\x0c" * 20, b"Test With Truncation"),
    (b"\xaa" * 80, b"Test Using Larger Than Block-Size Key - Hash Key First"),
    (b"\xaa" * 131, b"This is a test using a larger than block-size key and a larger than "
                    b"block-size data. The key needs to be hashed before being used by the "
                    b"HMAC algorithm."),
]
for name in ("md5", "sha1", "sha224", "sha256", "sha384", "sha512"):
    for key, msg in cases:
        print(name, len(key), hmac.new(key, msg, name).hexdigest())
m = hmac.new(b"key", digestmod=hashlib.sha256)
print(m.name, m.digest_size, m.block_size)
m.update(b"The quick brown fox ")
c = m.copy()
m.update(b"jumps over the lazy dog")
print(m.hexdigest())
print(c.hexdigest())
print(hmac.new(b"key", b"The quick brown fox jumps over the lazy dog", "md5").hexdigest())
print(hmac.digest(b"k", b"msg", "sha1").hex(), hmac.digest(b"k", b"msg", hashlib.sha1).hex())
print(hmac.HMAC(bytearray(b"k"), b"m", digestmod="sha384").hexdigest())
for a, b in ((b"abc", b"abc"), (b"abc", b"abd"), (b"abc", b"ab"), ("abc", "abc"),
             ("x", "y"), (bytearray(b"q"), b"q"), (b"", b"")):
    print(repr(a), repr(b), hmac.compare_digest(a, b))
for a, b in (("abc", b"abc"), (1, 2), ("é", "é")):
    try:
        hmac.compare_digest(a, b)
    except TypeError as e:
        print("TypeError", e)
for args in ((b"k", b"m"), ("k", b"m", "md5")):
    try:
        hmac.new(*args)
    except TypeError as e:
        print("TypeError", e)
for a, b in ((b"abc", "abc"), (b"a", 2), (1, b"a"), ("a", 1), (None, None), ("é", "a")):
    try:
        hmac.compare_digest(a, b)
    except TypeError as e:
        print("TypeError", e)
