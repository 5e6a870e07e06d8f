# The archive and file-list modules work on streams the program gives; a file
# name, which would reach the host, is refused with PermissionError naming it,
# and pkgutil.get_data, which would read a data file beside a package, is
# refused for the program's own packages (the frozen library's sources it reads).
import bz2
import fileinput
import gzip
import io
import pkgutil
import tarfile
import zipfile

import datapkg

attempts = [
    ('zipfile.ZipFile', lambda: zipfile.ZipFile('data.zip')),
    ('ZipFile.write', lambda: zipfile.ZipFile(io.BytesIO(), 'w').write('/etc/hostname')),
    ('ZipFile.extractall', lambda: zipfile.ZipFile(io.BytesIO(), 'w').extractall('/tmp/out')),
    ('zipfile.is_zipfile', lambda: zipfile.is_zipfile('data.zip')),
    ('tarfile.open', lambda: tarfile.open('data.tar')),
    ('TarFile.add', lambda: tarfile.open(fileobj=io.BytesIO(), mode='w').add('/etc/hostname')),
    ('TarFile.extractall', lambda: tarfile.open(fileobj=io.BytesIO(bytes(1024))).extractall()),
    ('bz2.open', lambda: bz2.open('data.bz2')),
    ('gzip.open', lambda: gzip.open('data.gz')),
    ('fileinput', lambda: list(fileinput.input(['notes.txt']))),
    ('pkgutil.get_data', lambda: pkgutil.get_data('datapkg', 'resource.txt')),
]
for label, attempt in attempts:
    try:
        attempt()
        print(label, 'allowed')
    except PermissionError as exc:
        print(label, 'PermissionError:', exc)
print(type(pkgutil.get_data('json', '__init__.py')).__name__)
