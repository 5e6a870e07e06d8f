# A stored archive built from fixed names, dates and data has the same bytes
# as CPython's: local headers, data, central directory and end record.
import io
import zipfile

stamp = (2021, 6, 15, 12, 30, 44)
sink = io.BytesIO()
with zipfile.ZipFile(sink, 'w') as archive:
    archive.writestr(zipfile.ZipInfo('notes/readme.txt', stamp), b'first member\n')
    archive.writestr(zipfile.ZipInfo('notes/', stamp), b'')
    member = zipfile.ZipInfo('caf\u00e9.txt', stamp)
    member.external_attr = 0o644 << 16
    member.comment = b'accented name'
    archive.writestr(member, 'text given as str')
    with archive.open(zipfile.ZipInfo('streamed.bin', stamp), 'w') as out:
        out.write(b'\x00\x01')
        out.write(bytearray(b'\x02\x03' * 10))
    archive.comment = b'archive comment'
raw = sink.getvalue()
print(len(raw))
print(raw)

reader = zipfile.ZipFile(io.BytesIO(raw))
print(reader.namelist())
print(reader.comment)
for info in reader.infolist():
    print(repr(info))
    print(' ', info.filename, info.orig_filename, info.date_time, info.compress_type,
          info.CRC, info.compress_size, info.file_size, info.header_offset)
    print(' ', info.create_system, info.create_version, info.extract_version, info.flag_bits,
          info.volume, info.internal_attr, hex(info.external_attr), info.extra, info.comment,
          info.is_dir())
print(reader.read('caf\u00e9.txt'))
print(reader.read(reader.getinfo('streamed.bin')))
out = io.StringIO()
reader.printdir(file=out)
print(out.getvalue())
print(reader.testzip())
reader.close()

# Appending keeps the members and adds after them.
grow = io.BytesIO(raw)
with zipfile.ZipFile(grow, 'a') as archive:
    archive.writestr(zipfile.ZipInfo('added.txt', stamp), b'later')
    print(archive.namelist())
again = zipfile.ZipFile(grow)
print(again.namelist(), again.read('added.txt'), again.comment)
print(grow.getvalue()[-120:])
