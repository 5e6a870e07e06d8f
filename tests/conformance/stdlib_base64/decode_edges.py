# Base64 decoding corner cases (padding, junk, strict mode) and CRC-32.
import base64
import binascii

for s in (b"", b"=", b"==", b"Zg", b"Zg=", b"Zg==", b"Zg===", b"Zm9v=", b"Z=m9v", b"Zm=9v",
          b"Zm9vYmFy====", b"Zg==Zg==", b"!!Zm9v!!", b"Zm9v\nYmFy\n", b"Zm 9v YmE=",
          b"QUJD" * 3 + b"RA==", b"A", b"AB", b"ABC", b"ABCDE", b"ABCDEF==x"):
    out = []
    for strict in (False, True):
        try:
            out.append(binascii.a2b_base64(s, strict_mode=strict))
        except binascii.Error as e:
            out.append("Error: %s" % e)
    print(s, out)
print(base64.b64decode(bytearray(b"Zm9v")), base64.b64encode(bytearray(b"\x00\xff")),
      binascii.b2a_base64(b"x" * 5, newline=False), binascii.b2a_base64(b""))
print(base64.b64decode(base64.b64encode(bytes(range(256)) * 3)) == bytes(range(256)) * 3)
print(binascii.crc32(b"The quick brown fox"), binascii.crc32(b" jumps", binascii.crc32(b"The quick brown fox")),
      binascii.crc32(b"The quick brown fox jumps"), binascii.crc32(bytearray(b"abc")), binascii.crc32(b"a", -1),
      binascii.crc32(b"", 12345))
for bad in (lambda: binascii.b2a_base64("text"), lambda: binascii.a2b_base64(5), lambda: binascii.crc32("s")):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
