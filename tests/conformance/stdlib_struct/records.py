# Packing records the way binary formats do: headers, arrays, strings.
import struct

HEADER = struct.Struct("<4sHHI")
hdr = HEADER.pack(b"CLSD", 1, 2, 1234)
print(HEADER.size, hdr, HEADER.unpack(hdr))
magic, major, minor, length = HEADER.unpack_from(hdr + b"rest")
print(magic.decode(), major, minor, length)
payload = struct.pack(">%dH" % 5, *range(10, 15))
print(payload, struct.unpack(">5H", payload), struct.calcsize(">5H"))
rec = struct.pack("<i8sd?", -42, b"name", 2.5, True)
print(rec, struct.unpack("<i8sd?", rec))
print(struct.unpack("<i8sd?", rec)[1].rstrip(b"\x00"))
print([struct.calcsize(f) for f in ("c", "h", "i", "q", "d", "ci", "ic", "cd", "<cd", "!cd", "4s", "2p", "0s", "x", "?h", "e")])
for n in (0, 1, -1, 127, -128, 255, 65535, 2**31 - 1, -2**31, 2**32 - 1, 2**63 - 1, -2**63, 2**64 - 1):
    out = []
    for c in "bBhHiIqQ":
        try:
            out.append(struct.unpack("<" + c, struct.pack("<" + c, n))[0] == n)
        except struct.error:
            out.append("-")
    print(n, out)
print(struct.pack("<3e", 1.0, -2.5, 65504.0), struct.unpack("<3e", struct.pack("<3e", 1.0, -2.5, 65504.0)))
print(struct.unpack(">f", struct.pack(">f", 0.1))[0], struct.unpack(">d", struct.pack(">d", 0.1))[0])
