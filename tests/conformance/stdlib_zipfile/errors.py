# Damaged archives, missing names and misuse: the error types and messages.
import io
import zipfile

def attempt(label, action):
    try:
        result = action()
    except Exception as exc:
        print(label, '->', type(exc).__name__, exc)
    else:
        print(label, '=', result)

stamp = (2022, 1, 1, 0, 0, 0)
sink = io.BytesIO()
with zipfile.ZipFile(sink, 'w') as archive:
    archive.writestr(zipfile.ZipInfo('a.txt', stamp), b'alpha')
    archive.writestr(zipfile.ZipInfo('b.txt', stamp), b'bravo')
good = sink.getvalue()

attempt('not a zip', lambda: zipfile.ZipFile(io.BytesIO(b'just some bytes')))
attempt('empty', lambda: zipfile.ZipFile(io.BytesIO(b'')))
attempt('is_zipfile', lambda: zipfile.is_zipfile(io.BytesIO(b'nothing')))
attempt('bad mode', lambda: zipfile.ZipFile(io.BytesIO(good), 'q'))
attempt('lzma', lambda: zipfile.ZipFile(io.BytesIO(), 'w', compression=99))
archive = zipfile.ZipFile(io.BytesIO(good))
attempt('missing', lambda: archive.read('c.txt'))
attempt('getinfo', lambda: archive.getinfo('zzz'))
attempt('write in r', lambda: archive.writestr('x', b'y'))
attempt('open mode', lambda: archive.open('a.txt', 'rb'))
attempt('pwd type', lambda: archive.open('a.txt', pwd='secret'))
archive.close()
attempt('closed', lambda: archive.read('a.txt'))

crc = bytearray(good)
crc[good.index(b'alpha')] = ord('A')
damaged = zipfile.ZipFile(io.BytesIO(bytes(crc)))
attempt('crc', lambda: damaged.read('a.txt'))
attempt('testzip', lambda: damaged.testzip())
attempt('other fine', lambda: damaged.read('b.txt'))

magic = bytearray(good)
magic[0:4] = b'XX\x03\x04'
attempt('header magic', lambda: zipfile.ZipFile(io.BytesIO(bytes(magic))).read('a.txt'))

renamed = bytearray(good)
at = good.index(b'a.txt')
renamed[at] = ord('z')
attempt('name differs', lambda: zipfile.ZipFile(io.BytesIO(bytes(renamed))).read('a.txt'))

central = bytearray(good)
at = good.index(b'PK\x01\x02')
central[at + 2] = 9
attempt('central magic', lambda: zipfile.ZipFile(io.BytesIO(bytes(central))))

attempt('early date', lambda: zipfile.ZipInfo('old', (1979, 12, 31, 0, 0, 0)))
info = zipfile.ZipInfo('nul\x00tail')
print(info.filename, repr(info.orig_filename), info.date_time)

writer = zipfile.ZipFile(io.BytesIO(), 'w')
handle = writer.open('one', 'w')
attempt('second handle', lambda: writer.open('two', 'w'))
attempt('writestr while open', lambda: writer.writestr('two', b''))
attempt('close while open', lambda: writer.close())
handle.write(b'data')
handle.close()
import warnings
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    writer.writestr('one', b'again')
print([str(w.message) for w in caught], [w.category.__name__ for w in caught])
writer.close()
print(zipfile.BadZipfile is zipfile.BadZipFile, zipfile.error is zipfile.BadZipFile)
