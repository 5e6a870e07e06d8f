import struct
vals = [("<i", -5), (">I", 4000000000), ("<q", -2**63), (">Q", 2**64 - 1), ("@l", -2**40), ("<h", -300), ("!H", 65535), ("b", -128), ("B", 255), ("?", 1), ("n", -7), ("N", 7), ("c", b"z")]
for f, v in vals:
    b = struct.pack(f, v)
    print(f, b, struct.unpack(f, b), struct.calcsize(f))
for f, v in (("<d", 3.141592653589793), (">d", -0.0), ("<f", 1.1), ("f", 1e300), ("<f", 3.5e38), ("<f", -1e-45), ("<e", 1.5), ("<e", 65504.0), ("<e", 6e-8), ("<d", float("inf")), (">f", 3.4028234663852886e38), ("<e", 0.1), ("<f", 5e-324), ("<d", 5e-324), ("<e", -2.0**-24)):
    try:
        b = struct.pack(f, v)
    except OverflowError as e:
        print(f, v, "OverflowError", e)
        continue
    print(f, v, b, struct.unpack(f, b))
print(struct.unpack("<d", struct.pack("<d", float("nan")))[0] != struct.unpack("<d", struct.pack("<d", float("nan")))[0])
print(struct.pack("@bi", 1, 2), struct.calcsize("@bi"), struct.calcsize("<bi"), struct.calcsize("bq0i"), struct.calcsize("@ci"), struct.calcsize("i0q"), struct.calcsize("3x2hd"))
print(struct.pack("3s", b"abcd"), struct.pack("5s", b"ab"), struct.pack("5p", b"ab"), struct.pack("?", []), struct.unpack("??", b"\x00\x05"), struct.pack("2c", b"a", b"b"))
print(struct.unpack("5p", b"\x02ab\x00\x00"), struct.unpack("<2h3s", b"\x01\x00\x02\x00xyz"))
s = struct.Struct("<IHd")
print(s.size, s.format, s.pack(1, 2, 3.5), s.unpack(s.pack(1, 2, 3.5)), type(s).__name__)
buf = bytearray(10)
struct.pack_into("<hh", buf, 2, 7, -1)
print(buf, struct.unpack_from("<hh", buf, 2), struct.unpack_from("<h", buf), struct.unpack_from("<h", buf, offset=4))
print(list(struct.iter_unpack("<h", b"\x01\x00\x02\x00\x03\x00")))
for f, v in (("b", 200), ("B", 300), ("h", 70000), ("H", -1), ("i", 2**40), ("I", -1), ("q", 2**70), ("Q", -1), ("<l", 2**40), ("<q", 2**64), ("n", 2**64), ("c", b"ab"), ("?", "x"), ("e", 1e6), ("i", "x"), ("i", 1.5), ("s", 3), (">H", 2**16), (">q", 2**64), ("<I", 2**32), ("f", "x")):
    try:
        print(f, struct.pack(f, v))
    except (struct.error, OverflowError) as e:
        print(f, type(e).__name__, e)
for c in [lambda: struct.pack("ii", 1), lambda: struct.unpack("i", b"abc"), lambda: struct.calcsize("z"), lambda: struct.pack("2x", 1), lambda: struct.unpack_from("i", b"ab", 1), lambda: struct.pack("3", 1), lambda: struct.calcsize("<n"), lambda: struct.unpack("i", "abcd")]:
    try:
        c()
    except Exception as e:
        print(type(e).__name__, e)
print(struct.error.__mro__, struct.pack("<i", True), struct.pack("<d", 2))
