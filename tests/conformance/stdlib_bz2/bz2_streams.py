# bz2: CPython-made streams decoded, closured's own streams round-tripped and
# checked, incremental decoding, BZ2File over BytesIO, and the error messages.
import bz2
import io

data = b''.join(b'record %d: %s\n' % (i, b'x' * (i % 17)) for i in range(300))
STREAM = b'BZh91AY&SY\\\xcb\xd1\x16\x00\x07CY\x80\x7f\xfc@\x00\x7f\xf0\x0e\x00\x90@P\x03\xc0{\xc0\x03\xc0\xc3\xc4(\xd4\xda\x0c\xdf\xaa\xaa\x00\x06\x81\x8c\x00\x00\x00\x01\x94\xf7\x93\xda\x99J\x80\x06@\x04J\x7f\xfa\x94\x81\xfa\xaa\x89\x81\x18j`!UF\xf4\xa7\xe5\x13F\x8d\x06\x81\xea\x7fD\xc4DN\xf8\xcd6\x9b\xef\xc6:\xc6\xb8\xcd\x05\xc9\x01\xce\x80"\xfa\x00r\x80Ip\x0e\x10$\x1b\x80\xdc\xd3H\x00\xe3\x90myh\x00t-!`\x02\x93\x9dA\xd8\x02rb\xc0l\t\x14\xebP\x17$\x06\xe0\xab\xcdiUU@\xe8ZB\xc0\x05\':\x83\xb0\x04\xe4\xc5\x80\xdb\xa8\x98\x88\xfa\x10\xfc\x05\x10\x84P:\xf5\xa2\xa2\xaa\xaa\xae\xdd;\xfe\xfexwI\xf9\x9c\xc8\xf6\xfc\xc9\'\xb3\xdaG\x9eK\x9a\xc7Mk\x06\xb5\x83Z\xc1\xad`\xd6\xb0kX345\xac\x19\xac\xf5\xe9\x93r[\xb4\x96u"\xd9$\xf1dysY\xcf\xab\xeb5\x9e\x8dk\x06\xb5\x83Z\xc1\xad`\xd6\xb0kX5\xac\x1a\xd6\r\xef|7-\xdaK;\x91l\x92x\xb2w\xc5\x00`0\x18\t\xc5\xe27-\xdaK;\x91l\x92x\xb3\xbe(\x00\x00\x00\xde\xf9^c\x89n\xd2Y\xe4\x8bd\x93\xc7[\xf3\x01\x80\xc0\x007\xbb\xcc^\xa3\x99n\xd2Yd[$\x9c\xce\xc0\x00\x01\x80\x9eqd^c\xa9n\xd2Yd[$\xf5\xdfC\x00\x00\x00G\x1eK"\xf5\x1dKv\x92\xcb"\xd9\xce\xfb\x00\x0c\x06\x03\r\xef\x8d\xcf%\x91{\x8e\xe5\xbbIe\x91xt\x00\x00\x00=K\xc5]\xcb\xdd\xddm\xdb\xbd\xebwwu\xbd\xddkU&q\xc9\x9b\xdc\x89$\xf1\x81\xc0\xdc\x93\x00\x1a`\x1c\xb7$0\x07\xa6\x01\xcbrC\x00z`\x0e\x9c\x900\x1d\xb0\x07NH\x18\x0e\xd8\x03w$\x03\x07L\x01\xbb\x92\x01\x83\xa6\x00\xdc\xd4\x80\x19n\x99\xa0nj@\x0cz\xa6X7"I,\xbc\x0b\x0c\x92$\x92\xcc\xd0Pd\x91$\x96f\x82\x83$\x89$\x9bxg9\x8eH\x92M\xb083\x9dkX\xc61\x9c\xe7m\xb66\xceu\xadc\x18\xc7\xe8(\x86\xe0(\x87\xf0(\x86\xe0\xa2\x1b\x82\x88z\x88\x03\xd2(\xa2\x8a(\x88(\xa2\x8a(\x88(\xa2\x85\x05\xaa\xaa\xaa\xaa\xaa\xaa\xaa\xaa\xaaD\x16\x10\x84\x08\x10_\x0b\xb9"\x9c(H.e\xe8\x8b\x00'
print(bz2.decompress(STREAM) == data, len(bz2.decompress(STREAM)))
samples = [b'', b'a', b'aaaa', b'aaaaa', b'a' * 300, b'ab' * 500, bytes(range(256)) * 2,
           b'abcabcabcabd' * 50, b'\x00' * 500 + b'\x01' + b'\x00' * 7, data]
for sample in samples:
    packed = bz2.compress(sample)
    print(len(sample), packed[:4], bz2.decompress(packed) == sample,
          bz2.decompress(bz2.compress(sample, 1)) == sample)
print(bz2.compress(b''))
print(bz2.decompress(STREAM + bz2.compress(b'second')) == data + b'second')
print(bz2.decompress(bz2.compress(b'abc') + b'junk after'))

engine = bz2.BZ2Decompressor()
out = b''
for start in range(0, len(STREAM), 50):
    out += engine.decompress(STREAM[start:start + 50])
print(out == data, engine.eof, engine.needs_input, engine.unused_data)
engine = bz2.BZ2Decompressor()
print(engine.decompress(STREAM + b'tail', max_length=10), engine.needs_input, engine.eof)
print(len(engine.decompress(b'')), engine.eof, engine.unused_data)
try:
    engine.decompress(b'more')
except EOFError as exc:
    print('EOFError', exc)
engine = bz2.BZ2Decompressor()
print(engine.decompress(STREAM[:20]), engine.needs_input, engine.eof)

for bad in (b'not bzip', b'BZh9', b'BZh0abc', STREAM[:-6], STREAM[:40]):
    try:
        print(repr(bz2.decompress(bad)))
    except (OSError, ValueError) as exc:
        print(type(exc).__name__, exc)
flipped = bytearray(STREAM)
flipped[60] ^= 0x10
try:
    bz2.decompress(bytes(flipped))
except (OSError, ValueError) as exc:
    print('flipped', type(exc).__name__)

packer = bz2.BZ2Compressor(5)
print(packer.compress(b'piece one, '), packer.compress(b'piece two'))
packed = packer.flush()
print(packed[:4], bz2.decompress(packed))
for attempt in (packer.flush, lambda: packer.compress(b'x'), lambda: bz2.BZ2Compressor(0),
                lambda: bz2.compress(b'', 10)):
    try:
        attempt()
    except ValueError as exc:
        print('ValueError', exc)

sink = io.BytesIO()
with bz2.BZ2File(sink, 'w') as handle:
    print(handle.write(b'first line\n'), handle.writable(), handle.readable())
    handle.writelines([b'second line\n', b'third'])
print(sink.closed, bz2.decompress(sink.getvalue()))
sink.seek(0)
with bz2.open(sink) as handle:
    print(handle.readline(), handle.tell(), handle.read(6), list(handle))
    handle.seek(0)
    print(handle.read(5), handle.seekable())
sink.seek(0)
with bz2.open(sink, 'rt', encoding='utf-8') as text:
    print(text.read().splitlines())
for mode in ('rw', 'wt+'):
    try:
        bz2.BZ2File(io.BytesIO(), mode)
    except ValueError as exc:
        print('ValueError', exc)
try:
    bz2.open(io.BytesIO(), 'rb', encoding='utf-8')
except ValueError as exc:
    print('ValueError', exc)
handle = bz2.BZ2File(io.BytesIO(STREAM))
handle.close()
try:
    handle.read()
except ValueError as exc:
    print('ValueError', exc)
for raw in (b'', b'BZh9', bz2.compress(b'abc')[:-3], b'garbage'):
    try:
        print(bz2.BZ2File(io.BytesIO(raw)).read())
    except (EOFError, OSError) as exc:
        print(type(exc).__name__, exc)
print(bz2.BZ2File(io.BytesIO(bz2.compress(b'abc') + b'junk')).read())
print(bz2.__all__)
