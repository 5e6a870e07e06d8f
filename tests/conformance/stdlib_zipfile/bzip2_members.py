# zipfile members compressed with bzip2: read from an archive CPython wrote,
# and written by closured (its bytes are its own; what they hold is checked).
import io
import zipfile

CPYTHON_ARCHIVE = b'PK\x03\x04.\x00\x00\x00\x0c\x00\x00\x00!P"\xc0\xd0\xaaD\x00\x00\x00\x8a\x02\x00\x00\x05\x00\x00\x00b.txtBZh91AY&SY\xb9\xcd\x85P\x00\x00|\x99\x80@\x00\x10\x00\x12"P\x10 \x00@R\xa9\xa6OHA\x93\x11\x88\xb4\x8b\x11b-\xa2\xf1\x17\x11u\x16"\xda.\xa2\xd2-\xa2\xfc]\xc9\x14\xe1BB\xe76\x15@PK\x01\x02.\x03.\x00\x00\x00\x0c\x00\x00\x00!P"\xc0\xd0\xaaD\x00\x00\x00\x8a\x02\x00\x00\x05\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x80\x01\x00\x00\x00\x00b.txtPK\x05\x06\x00\x00\x00\x00\x01\x00\x01\x003\x00\x00\x00g\x00\x00\x00\x00\x00'
with zipfile.ZipFile(io.BytesIO(CPYTHON_ARCHIVE)) as archive:
    info = archive.getinfo('b.txt')
    print(repr(info), info.extract_version, info.create_version)
    print(archive.read('b.txt')[:26], len(archive.read('b.txt')), archive.testzip())

sink = io.BytesIO()
with zipfile.ZipFile(sink, 'w', compression=zipfile.ZIP_BZIP2) as archive:
    archive.writestr(zipfile.ZipInfo('mine.txt', (2022, 2, 2, 2, 2, 2)), b'abc' * 1000,
                     compress_type=zipfile.ZIP_BZIP2)
    archive.writestr('plain.txt', b'stored', compress_type=zipfile.ZIP_STORED)
with zipfile.ZipFile(io.BytesIO(sink.getvalue())) as archive:
    info = archive.getinfo('mine.txt')
    print(info.compress_type, info.extract_version, info.file_size, info.CRC)
    print(archive.read('mine.txt') == b'abc' * 1000, archive.read('plain.txt'))
    with archive.open('mine.txt') as member:
        print(member.read(5), member.read(4), repr(member))
