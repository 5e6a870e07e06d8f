# shutil's functions that need no file (python-dotenv and mako import shutil at load
# time): copyfileobj between in-memory streams, ignore_patterns, terminal size from
# the environment, the archive format registry.
import io
import os
import shutil

src = io.StringIO('line one\nline two\n' * 3)
dst = io.StringIO()
shutil.copyfileobj(src, dst, 7)
print(repr(dst.getvalue()[:30]), len(dst.getvalue()))
bsrc, bdst = io.BytesIO(bytes(range(50))), io.BytesIO()
shutil.copyfileobj(bsrc, bdst)
print(bdst.getvalue()[-3:], len(bdst.getvalue()))
ignore = shutil.ignore_patterns('*.pyc', 'tmp*')
print(sorted(ignore('/x', ['a.py', 'a.pyc', 'tmp1', 'keep', 'b.pyc'])))
os.environ['COLUMNS'] = '132'
os.environ['LINES'] = '50'
size = shutil.get_terminal_size()
print(size, size.columns, size.lines, tuple(size))
os.environ['COLUMNS'] = '0'
os.environ['LINES'] = 'x'
print(shutil.get_terminal_size((100, 30)))
print([name for name, desc in shutil.get_archive_formats()])
print(issubclass(shutil.Error, OSError), issubclass(shutil.SameFileError, shutil.Error))
try:
    shutil.make_archive('x', 'rar')
except ValueError as e:
    print('ValueError', e)
