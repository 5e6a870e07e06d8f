# byte-level algorithms: Adler-32, FNV-1a, a CRC table built by a closure
def adler32(data):
    a, b = 1, 0
    for x in data:
        a = (a + x) % 65521
        b = (b + a) % 65521
    return (b << 16) | a

def fnv1a(data):
    h = 0xcbf29ce484222325
    for x in data:
        h ^= x
        h = (h * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
    return h

def crc_maker():
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (0xEDB88320 ^ (c >> 1)) if c & 1 else c >> 1
        table.append(c)
    def crc32(data):
        c = 0xFFFFFFFF
        for x in data:
            c = table[(c ^ x) & 0xFF] ^ (c >> 8)
        return c ^ 0xFFFFFFFF
    return crc32

crc32 = crc_maker()
for msg in [b'', b'a', b'hello world', 'héllo'.encode(), bytes(range(256))]:
    print(adler32(msg), hex(fnv1a(msg)), crc32(msg).to_bytes(4, 'big').hex())
