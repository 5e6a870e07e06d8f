# gzip: members written and read back (headers as CPython writes them: flags, mtime, extra
# flags, OS, file name), streams CPython made (a named member; two members in a row), a
# GzipFile over BytesIO in both modes, and the errors of damaged streams.
import gzip
import io

made_named = (b'\x1f\x8b\x08\x08\x07\x00\x00\x00\x02\xffnotes.txt\x00\xcb\xc9\xccKU\xc8\xcfK'
              b'\xe5\xca\x011J\xca\xf3\xb9\x00\x8b\xd7\xf4u\x12\x00\x00\x00')
made_two = (b"\x1f\x8b\x08\x00\x03\x00\x00\x00\x02\xffKLJNDB\x00\xa3\x8c'\xd3\x0f\x00\x00\x00"
            b"\x1f\x8b\x08\x00\x01\x00\x00\x00\x04\xff\xab\xa8\xac\x02\x00g\xba\x8e\xeb\x03\x00"
            b"\x00\x00")
print(gzip.decompress(made_named), gzip.decompress(made_two))
reader = gzip.GzipFile(fileobj=io.BytesIO(made_named))
print(reader.readline(), reader.read(4), reader.read(), reader.mtime, reader.read())
print(list(gzip.GzipFile(fileobj=io.BytesIO(made_named), mode='rb')))

for level in (1, 6, 9):
    data = b'spam and eggs ' * 50 + bytes(range(256))
    packed = gzip.compress(data, compresslevel=level, mtime=1234)
    print(level, packed[:10], gzip.decompress(packed) == data, packed[-8:])

out = io.BytesIO()
with gzip.GzipFile(filename='report.csv.gz', mode='wb', fileobj=out, mtime=99) as writer:
    print(writer.write(b'a,b\n'), writer.write(memoryview(b'1,2\n')), writer.writable())
raw = out.getvalue()
print(raw[:22], gzip.decompress(raw))
with gzip.open(io.BytesIO(raw), 'rt', encoding='utf-8') as text:
    print(text.read().splitlines())

for bad in (b'not gzip at all', made_named[:20], made_named[:-8] + b'\x00\x00\x00\x00' + made_named[-4:],
            made_named[:-4] + b'\x01\x00\x00\x00', b'\x1f\x8b\x09' + made_named[3:]):
    try:
        gzip.decompress(bad)
    except (gzip.BadGzipFile, EOFError) as exc:
        print(type(exc).__name__, exc)
print(issubclass(gzip.BadGzipFile, OSError), gzip.decompress(b''))
