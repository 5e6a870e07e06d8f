# linecache: lines a program registered for generated code (as code
# generators do, so that tracebacks show their source), and the lines of the
# program's own files.
import linecache
import os

src = 'def made():\n    return 42\n'
linecache.cache['<generated 1>'] = (len(src), None, src.splitlines(True), '<generated 1>')
print(repr(linecache.getline('<generated 1>', 2)), linecache.getlines('<generated 1>'))
print(repr(linecache.getline('<generated 1>', 9)), linecache.getlines('<nothing>'))
here = os.path.abspath(__file__)
print(repr(linecache.getline(here, 1)))
print(len(linecache.getlines(here)) > 10, linecache.getline(here, 3).startswith('# generators'))
print(linecache.getlines('/no/such/file.py'))
linecache.clearcache()
print('<generated 1>' in linecache.cache, linecache.checkcache())
