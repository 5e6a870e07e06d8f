# Deflated members read back; the compressed bytes are not compared (closured's
# compressor is its own), only what they decompress to, their CRC and sizes.
import io
import zipfile

text = b''.join(b'line %d of a repetitive text\n' % n for n in range(400))
sink = io.BytesIO()
with zipfile.ZipFile(sink, 'w', compression=zipfile.ZIP_DEFLATED) as archive:
    archive.writestr(zipfile.ZipInfo('big.txt', (2020, 2, 29, 23, 59, 58)), text,
                     compress_type=zipfile.ZIP_DEFLATED)
    archive.writestr(zipfile.ZipInfo('small.txt', (2020, 2, 29, 23, 59, 58)), b'tiny',
                     compress_type=zipfile.ZIP_STORED)
    archive.writestr('by_name.txt', 'written by name')
    archive.writestr('folder/', '')
    archive.mkdir('made')

sink.seek(0)
print(zipfile.is_zipfile(sink))
with zipfile.ZipFile(sink) as archive:
    print(archive.namelist())
    big = archive.getinfo('big.txt')
    print(big.compress_type, big.CRC, big.file_size, big.compress_size < big.file_size)
    print(archive.read('big.txt') == text)
    byname = archive.getinfo('by_name.txt')
    print(byname.compress_type, oct(byname.external_attr >> 16), archive.read(byname))
    folder = archive.getinfo('folder/')
    print(folder.is_dir(), oct(folder.external_attr >> 16), folder.external_attr & 0xFFFF)
    made = archive.getinfo('made/')
    print(repr(made), made.compress_type)
    with archive.open('big.txt') as member:
        print(repr(member))
        print(member.readline())
        print(member.read(10))
        print(member.tell())
        member.seek(5)
        print(member.read(7))
        rest = member.readlines()
        print(len(rest), rest[-1])
    with archive.open('small.txt') as member:
        print(repr(member))
        print([line for line in member])
    print(repr(member))
    print(archive.testzip())
