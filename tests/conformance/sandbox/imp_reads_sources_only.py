# importlib and linecache read a program's own Python sources through the
# same reader as `import`, and nothing else: a path not ending in .py is
# refused whether or not the file exists (the reader under `closured run`
# would otherwise hand over any file of the host).
import _imp
import linecache
import importlib.util

for path in ('/etc/passwd', '/etc/hostname', '/no/such/file', 'main.txt', '/etc/passwd\0.py'):
    try:
        print(_imp.read(path))
    except (PermissionError, ValueError) as e:
        print(type(e).__name__, e)
print(linecache.getlines('/etc/passwd'), linecache.getline('/etc/hostname', 1) == '')
print(_imp.read('/no/such/dir/module.py'))
print(importlib.util.spec_from_file_location('pw', '/etc/passwd'))
