# A zip or tar member opened for reading is a file object: iteration, readlines with and
# without a size hint, and iterating a closed one behave as io's buffered readers do.
import io, tarfile, zipfile
data = b'one\ntwo\nthree\nfour'
zb = io.BytesIO()
with zipfile.ZipFile(zb, 'w') as z:
    z.writestr('a.txt', data)
tb = io.BytesIO()
with tarfile.open(fileobj=tb, mode='w') as t:
    info = tarfile.TarInfo('a.txt'); info.size = len(data)
    t.addfile(info, io.BytesIO(data))
def members():
    z = zipfile.ZipFile(io.BytesIO(zb.getvalue()))
    yield 'zip', z.open('a.txt')
    t = tarfile.open(fileobj=io.BytesIO(tb.getvalue()))
    yield 'tar', t.extractfile('a.txt')
for kind, f in members():
    print(kind, list(f))
for kind, f in members():
    print(kind, f.readlines(), f.readlines())
for kind, f in members():
    print(kind, f.readline(), f.readlines(5))
for kind, f in members():
    print(kind, [l for l in f if l.startswith(b't')])
for kind, f in members():
    f.close()
    try:
        iter(f)
    except ValueError as e:
        print(kind, 'closed:', e)
