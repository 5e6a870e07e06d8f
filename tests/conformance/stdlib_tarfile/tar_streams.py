# tarfile over gzip, appending, stream modes, listing, member files, and the
# errors of damaged or foreign data.
import gzip
import io
import tarfile


def add(archive, name, data=b'', **fields):
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mtime = 1234567890
    for key, value in fields.items():
        setattr(info, key, value)
    archive.addfile(info, io.BytesIO(data))


sink = io.BytesIO()
with tarfile.open(fileobj=sink, mode='w:gz') as archive:
    add(archive, 'a.txt', b'line one\nline two\nline three')
    add(archive, 'sub', type=tarfile.DIRTYPE, mode=0o750)
    add(archive, 'sub/b.bin', bytes(range(256)) * 3)
print(sink.closed, gzip.decompress(sink.getvalue())[:100])
plain = gzip.decompress(sink.getvalue())
print(len(plain))
for mode in ('r', 'r:*', 'r:gz', 'r|gz', 'r|*'):
    archive = tarfile.open(fileobj=io.BytesIO(sink.getvalue()), mode=mode)
    print(mode, archive.getnames())
    archive.close()

with tarfile.open(fileobj=io.BytesIO(sink.getvalue())) as archive:
    member = archive.extractfile('a.txt')
    print(repr(member.readline()), member.tell(), member.read(4), member.readlines())
    member.seek(5)
    print(member.read(3), list(member), member.tell())
    member.seek(-5, 2)
    print(member.read())
    data = archive.extractfile(archive.getmember('sub/b.bin')).read()
    print(len(data), data[250:260])
    print(archive.extractfile('sub'))
    for info in archive:
        print('iter', info.name, info.size)
    archive.list(verbose=False)
    archive.list()
    try:
        archive.getmember('missing')
    except KeyError as exc:
        print('KeyError', exc)
    try:
        archive.addfile(tarfile.TarInfo('x'))
    except OSError as exc:
        print('OSError', exc)
try:
    archive.getnames()
except OSError as exc:
    print('OSError', exc)

# Appending adds after the last member and moves the end blocks.
grow = io.BytesIO(plain)
with tarfile.open(fileobj=grow, mode='a') as archive:
    add(archive, 'c.txt', b'appended')
grow.seek(0)
print(tarfile.open(fileobj=grow).getnames(), len(grow.getvalue()))
try:
    tarfile.open(fileobj=io.BytesIO(), mode='a')
except tarfile.ReadError as exc:
    print('append to empty: ReadError', exc)

# Stream writing.
out = io.BytesIO()
with tarfile.open(fileobj=out, mode='w|') as archive:
    add(archive, 'streamed', b'abc')
print(len(out.getvalue()), tarfile.open(fileobj=io.BytesIO(out.getvalue()), mode='r|').getnames())

for label, data in (('empty', b''), ('short', b'x' * 100), ('noise', b'not a tar' * 100),
                    ('zeros', bytes(1024))):
    try:
        print(label, tarfile.open(fileobj=io.BytesIO(data)).getnames())
    except tarfile.ReadError as exc:
        print(label, 'ReadError', exc)
    print(label, tarfile.is_tarfile(io.BytesIO(data)))
for mode in ('r:gz', 'r:', 'q', 'r:zip', 'w|bz', 'r:xz'):
    try:
        tarfile.open(fileobj=io.BytesIO(b'x' * 1024), mode=mode)
    except (tarfile.TarError, ValueError) as exc:
        print(mode, type(exc).__name__, exc)
bad = bytearray(plain)
bad[148] = ord('7')
try:
    tarfile.open(fileobj=io.BytesIO(bytes(bad)))
except tarfile.ReadError as exc:
    print('checksum', 'ReadError', str(exc).splitlines()[:2])
cut = plain[:700]
try:
    print(tarfile.open(fileobj=io.BytesIO(cut)).getnames())
except tarfile.ReadError as exc:
    print('cut', exc)
try:
    with tarfile.open(fileobj=io.BytesIO(), mode='w') as archive:
        info = tarfile.TarInfo('short')
        info.size = 10
        archive.addfile(info, io.BytesIO(b'abc'))
except OSError as exc:
    print('OSError', exc)
print(issubclass(tarfile.ReadError, tarfile.TarError), tarfile.DEFAULT_FORMAT, tarfile.ENCODING)
print(tarfile.TarInfo('x').replace(name='y', uid=3).name, tarfile.TarInfo('x').replace(uid=3).uid)
try:
    tarfile.TarInfo('x').replace(size=3)
except TypeError as exc:
    print('TypeError', exc)

# bzip2 archives through closured's bz2.
packed = io.BytesIO()
with tarfile.open(fileobj=packed, mode='w:bz2') as archive:
    add(archive, 'inside.txt', b'compressed by bz2\n' * 20)
for mode in ('r', 'r:bz2'):
    with tarfile.open(fileobj=io.BytesIO(packed.getvalue()), mode=mode) as archive:
        print(mode, archive.getnames(), archive.extractfile('inside.txt').read()[:17])
