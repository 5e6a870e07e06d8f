# The hash object's interface: update in pieces, copy, digest sizes, names,
# new() by name, bytearray input, and CPython's errors.
import hashlib

h = hashlib.sha256()
print(h.name, h.digest_size, h.block_size, len(h.digest()), h.hexdigest())
h.update(b"hello ")
c = h.copy()
h.update(b"world")
print(h.hexdigest(), c.hexdigest())
c.update(bytearray(b"world"))
print(c.hexdigest() == h.hexdigest(), c.digest() == h.digest())
print(h.hexdigest() == h.hexdigest(), type(h.digest()).__name__)
whole = hashlib.sha512(b"".join(bytes([i]) * i for i in range(200))).hexdigest()
parts = hashlib.sha512()
for i in range(200):
    parts.update(bytes([i]) * i)
print(whole == parts.hexdigest())
for name in ("md5", "sha1", "sha224", "sha256", "sha384", "sha512", "SHA256", "Md5"):
    x = hashlib.new(name, b"data")
    print(name, x.name, x.digest_size, x.block_size, x.hexdigest())
print(sorted(hashlib.algorithms_guaranteed & {"md5", "sha1", "sha224", "sha256", "sha384", "sha512"}))
print(hashlib.md5(b"x", usedforsecurity=False).hexdigest())
print(hashlib.sha1(string=b"kw").hexdigest())
for bad in ("text", 5, None, [1]):
    try:
        hashlib.sha256(bad)
    except TypeError as e:
        print("TypeError", e)
try:
    hashlib.md5().update("s")
except TypeError as e:
    print("TypeError", e)
try:
    hashlib.new("whirlpool-x")
except ValueError as e:
    print("ValueError", e)
print(hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 1).hex())
print(hashlib.pbkdf2_hmac("sha1", b"password", b"salt", 2, 20).hex())
print(hashlib.pbkdf2_hmac("sha256", b"passwordPASSWORDpassword",
                          b"saltSALTsaltSALTsaltSALTsaltSALTsalt", 64, 40).hex())
import io
print(hashlib.file_digest(io.BytesIO(b"file body" * 1000), "sha256").hexdigest())
print(hashlib.file_digest(io.BytesIO(b"abc"), hashlib.md5).hexdigest())
