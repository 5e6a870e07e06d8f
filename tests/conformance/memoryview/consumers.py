# library functions that take bytes-like objects accept memoryviews
import binascii
import hashlib
import re
import struct

packet = memoryview(struct.pack(">HIq", 7, 123456, -9))
print(struct.unpack(">HIq", packet), struct.unpack_from(">I", packet, 2), struct.unpack_from(">q", packet[6:]))
print(int.from_bytes(packet[:2], "big"), int.from_bytes(packet[::2], "little"), int.from_bytes(memoryview(b""), "big"))
print(hashlib.sha256(packet).hexdigest()[:20], hashlib.md5(packet[2:6]).hexdigest()[:12])
h = hashlib.sha1()
h.update(memoryview(b"part one"))
h.update(b" and two")
print(h.hexdigest() == hashlib.sha1(b"part one and two").hexdigest())
text = memoryview(b"key=value; other=thing")
print(re.match(rb"(\w+)=(\w+)", text).groups(), re.findall(rb"\w+", text[10:]), re.search(rb";", text).start())
print(binascii.hexlify(packet[:4]), binascii.b2a_base64(memoryview(b"hi")))

target = bytearray(8)
view = memoryview(target)
struct.pack_into("<HH", view, 2, 1, 2)
print(target)
print(b"ab" in [memoryview(b"ab")], memoryview(b"ab") in [b"ab"], sorted(memoryview(b"cab")))
print(list(enumerate(memoryview(b"xy"))), max(memoryview(b"\x03\x09\x01")), sum(memoryview(b"\x01\x02")))
print(bytes(memoryview(b"abc").toreadonly()), b"".join(memoryview(b"spam")[i:i + 1] for i in range(4)))
