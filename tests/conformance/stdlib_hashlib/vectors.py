# The test vectors of RFC 1321 (MD5) and FIPS 180-4's examples (SHA-1, SHA-2),
# with every algorithm, plus lengths around the block and padding boundaries.
import hashlib

messages = [b"", b"a", b"abc", b"message digest", b"abcdefghijklmnopqrstuvwxyz",
            b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
            b"1234567890" * 8,
            b"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
            b"abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopq"
            b"klmnopqrlmnopqrsmnopqrstnopqrstu",
            b"The quick brown fox jumps over the lazy dog",
            bytes(range(256))]
for name in ("md5", "sha1", "sha224", "sha256", "sha384", "sha512"):
    ctor = getattr(hashlib, name)
    for m in messages:
        print(name, len(m), ctor(m).hexdigest())
    print(name, "million a", ctor(b"a" * 1000000).hexdigest())
    for n in (55, 56, 57, 63, 64, 65, 111, 112, 113, 119, 120, 127, 128, 129, 255, 256):
        print(name, n, ctor(bytes((i * 31 + 7) % 256 for i in range(n))).hexdigest())
