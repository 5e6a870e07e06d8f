# zlib: checksums equal to CPython's, round trips through every level and
# wrapper (zlib, raw, gzip, detected), streams CPython's zlib wrote, streaming
# objects fed in pieces, and the errors of damaged or truncated streams.
import zlib, random
rnd = random.Random(5)
samples = [b'', b'a', b'hello hello hello hello', bytes(range(256)) * 40,
           bytes(rnd.randrange(256) for _ in range(5000)),
           b''.join(rnd.choice([b'abc', b'xyz', b'hello world ', b'\x00\x01']) for _ in range(20000))]
for data in samples:
    for level in (0, 1, 6, 9):
        for wbits in (15, -15, 31):
            c = zlib.compress(data, level, wbits)
            assert zlib.decompress(c, wbits) == data, (len(data), level, wbits)
            assert zlib.decompress(c, 47 if wbits > 0 else wbits) == data
    print(len(data), zlib.crc32(data), zlib.adler32(data), zlib.adler32(data, 7), zlib.crc32(data, 12345))
# streams CPython's zlib wrote
ref = bytes.fromhex('789ccb48cdc9c957c8c020cbf38b725200a38a0af9')
print(zlib.decompress(ref))
for data in samples:
    c = zlib.compress(data)
    d = zlib.decompressobj()
    out = b''.join(d.decompress(c[i:i + 7]) for i in range(0, len(c), 7)) + d.flush()
    assert out == data and d.eof and d.unused_data == b''
    d = zlib.decompressobj()
    assert d.decompress(c + b'tail') == data and d.unused_data == b'tail'
    co = zlib.compressobj(9)
    assert zlib.decompress(co.compress(data) + co.flush()) == data
print('streams ok')
for bad in [b'', b'x\x9c', b'abc', ref[:-3], ref[:5], b'x\x9c\xff\xff', ref[:-1] + b'\x00']:
    try:
        zlib.decompress(bad)
        print('no error', bad)
    except zlib.error as e:
        print('error', e)
try:
    zlib.compress(b'x', 12)
except zlib.error as e:
    print('error', e)
print(zlib.MAX_WBITS, zlib.Z_BEST_COMPRESSION, zlib.DEFLATED)
