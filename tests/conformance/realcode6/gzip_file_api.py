# gzip: open()'s argument checks, GzipFile's state answers (closed, readable, writable,
# seekable, tell) through writing, closing twice and reading back, and an empty member.
import gzip
import io

for mode, kwargs in (('rb', {'encoding': 'utf-8'}), ('wb', {'errors': 'strict'}),
                     ('ab', {'newline': '\n'}), ('rb', {'encoding': 'x', 'errors': 'y'}),
                     ('rtb', {}), ('wbt', {})):
    try:
        gzip.open(io.BytesIO(), mode, **kwargs)
    except ValueError as exc:
        print(mode, sorted(kwargs), 'ValueError', exc)


raw = io.BytesIO()
f = gzip.GzipFile(fileobj=raw, mode='wb', mtime=0)
print(f.closed, f.readable(), f.writable(), f.seekable(), f.tell(), f.mode)
f.write(b'hello ' * 10)
print(f.tell())
f.close()
print(f.closed, gzip.decompress(raw.getvalue()))
f.close()
print(f.closed)
try:
    f.write(b'x')
except ValueError as exc:
    print('ValueError', exc)

raw = io.BytesIO()
g = gzip.GzipFile(fileobj=raw, mode='wb', mtime=0)
g.close()
print('empty', raw.getvalue().hex(), gzip.decompress(raw.getvalue()))

r = gzip.GzipFile(fileobj=io.BytesIO(gzip.compress(b'abc\ndef\n', mtime=0)))
print(r.closed, r.readable(), r.writable(), r.seekable(), r.tell(), r.mode)
print(r.read(2), r.tell(), r.readline(), r.seek(1), r.read())
r.close()
print(r.closed)
r.close()
try:
    r.read()
except ValueError as exc:
    print('ValueError', exc)
try:
    r.tell()
except ValueError as exc:
    print('ValueError', exc)
with gzip.open(io.BytesIO(gzip.compress('ça\n'.encode('utf-8'), mtime=0)), 'rt',
               encoding='utf-8') as t:
    print(repr(t.read()))
