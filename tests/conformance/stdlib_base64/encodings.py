import base64, binascii
for s in (b"", b"f", b"fo", b"foo", b"foob", b"fooba", b"foobar", bytes(range(256))[:40], b"\xff\xfe\xfd"):
    e = base64.b64encode(s)
    print(e, base64.b64decode(e) == s, base64.urlsafe_b64encode(s), base64.b32encode(s), base64.b16encode(s), base64.b32hexencode(s))
    print(base64.b32decode(base64.b32encode(s)) == s, base64.b16decode(base64.b16encode(s)) == s, base64.urlsafe_b64decode(base64.urlsafe_b64encode(s)) == s)
print(base64.b64decode("Zm9v YmFy\n"), base64.b64decode(b"Zm9vYg=="), base64.b64decode("Zm9vYg==trailing"), base64.b64encode(b"\xfb\xff", altchars=b"-_"), base64.b64decode("-_8=", altchars="-_"))
print(base64.encodebytes(bytes(100)), base64.decodebytes(base64.encodebytes(b"xyz" * 40)) == b"xyz" * 40)
print(binascii.hexlify(b"\x01\xab"), binascii.unhexlify("01ab"), binascii.b2a_hex(b"abcdef", "-", 2), binascii.crc32(b"hello world"), binascii.crc32(b""), binascii.b2a_base64(b"hi"))
print(base64.b32decode("mzxw6===", casefold=True), base64.b16decode("ff", casefold=True))
for bad in (lambda: base64.b64decode("Zm9vY"), lambda: base64.b64decode("Zm9vYg"), lambda: base64.b64decode("Zm9v!", validate=True), lambda: base64.b64encode("str"),
            lambda: base64.b64decode("é"), lambda: base64.b32decode("MZXW6"), lambda: base64.b16decode("fg"), lambda: binascii.unhexlify("abc"), lambda: binascii.unhexlify("zz"),
            lambda: base64.b32decode("MZXW6==="), lambda: base64.b32decode("M1XW6==="), lambda: base64.b64decode(3)):
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(issubclass(binascii.Error, ValueError), base64.b32decode("MZXW6==="))
