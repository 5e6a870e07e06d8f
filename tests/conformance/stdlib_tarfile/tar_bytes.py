# tar archives written to BytesIO in each format have CPython's bytes; read
# back, members keep their fields.
import hashlib
import io
import tarfile


def member(name, data=b'', **fields):
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mtime = 1600000000
    for key, value in fields.items():
        setattr(info, key, value)
    return info, io.BytesIO(data)


def build(format, **options):
    sink = io.BytesIO()
    with tarfile.open(fileobj=sink, mode='w', format=format, **options) as archive:
        archive.addfile(*member('hello.txt', b'hello world\n', uname='alice', gname='staff',
                                uid=1000, gid=100))
        archive.addfile(*member('dir', type=tarfile.DIRTYPE, mode=0o755))
        archive.addfile(*member('dir/empty'))
        archive.addfile(*member('link', type=tarfile.SYMTYPE, linkname='hello.txt'))
        archive.addfile(*member('hard', type=tarfile.LNKTYPE, linkname='hello.txt'))
        archive.addfile(*member('block' * 3, b'x' * 1000))
        archive.addfile(*member('dev', type=tarfile.CHRTYPE, devmajor=4, devminor=64))
        if format != tarfile.USTAR_FORMAT:
            archive.addfile(*member('long/' * 30 + 'name.txt', b'deep'))
            archive.addfile(*member('caf\u00e9.txt', b'accent'))
        else:
            archive.addfile(*member('long/' * 25 + 'name.txt', b'split by prefix'))
        if format == tarfile.PAX_FORMAT:
            archive.addfile(*member('float_time', mtime=1600000000.5))
            archive.addfile(*member('big_uid', uid=8 ** 8))
            info, data = member('own_pax', b'p')
            info.pax_headers = {'comment': 'a note', 'path': 'renamed_by_pax'}
            archive.addfile(info, data)
    return sink.getvalue()


for format in (tarfile.USTAR_FORMAT, tarfile.GNU_FORMAT, tarfile.PAX_FORMAT):
    raw = build(format)
    print('format', format, len(raw), hashlib.sha256(raw).hexdigest())
    print(raw[:512])
    archive = tarfile.open(fileobj=io.BytesIO(raw))
    for info in archive.getmembers():
        print(' ', repr(info.name), info.type, oct(info.mode), info.uid, info.gid, info.size,
              info.mtime, info.chksum, repr(info.linkname), info.uname, info.gname,
              info.devmajor, info.devminor, info.offset, info.offset_data,
              sorted(info.pax_headers.items()))
        print('   ', info.isfile(), info.isdir(), info.issym(), info.islnk(), info.ischr(),
              info.isdev(), info.path == info.name, info.linkpath == info.linkname)
    print(archive.getnames())
    print(archive.extractfile('hello.txt').read(), archive.extractfile('link').read(),
          archive.extractfile('hard').read(), archive.extractfile('dir'))
    print(archive.pax_headers)

raw = build(tarfile.PAX_FORMAT, pax_headers={'global': 'yes', 'mtime': '12'})
print(len(raw), hashlib.sha256(raw).hexdigest())
archive = tarfile.open(fileobj=io.BytesIO(raw))
print(sorted(archive.pax_headers.items()), archive.getmember('dir').mtime)

info = tarfile.TarInfo('x')
print(info.tobuf(tarfile.USTAR_FORMAT))
print(tarfile.TarInfo('d').get_info())
try:
    tarfile.TarInfo('n' * 300).tobuf(tarfile.USTAR_FORMAT)
except ValueError as exc:
    print('ValueError', exc)
info = tarfile.TarInfo('neg')
info.mtime = -5
print(info.tobuf(tarfile.GNU_FORMAT)[136:148])
try:
    info.tobuf(tarfile.USTAR_FORMAT)
except ValueError as exc:
    print('ValueError', exc)
info.uid = None
try:
    info.tobuf()
except ValueError as exc:
    print('ValueError', exc)
