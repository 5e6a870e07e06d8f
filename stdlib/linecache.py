"""linecache for closured: lines of source files by name, from a cache a
program may fill itself (code generators register their source there), or
read through the files the program's own imports may read."""

import _imp

__all__ = ['getline', 'clearcache', 'checkcache', 'lazycache']

# filename -> (size, mtime, lines, fullname), as CPython's
cache = {}


def clearcache():
    cache.clear()


def getline(filename, lineno, module_globals=None):
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:  # give the memory back rather than fail
        clearcache()
        return []


def checkcache(filename=None):
    """Nothing to check: closured's files do not change under a program."""
    return None


def updatecache(filename, module_globals=None):
    if filename in cache and len(cache[filename]) != 1:
        cache.pop(filename, None)
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []
    try:
        data = _imp.read(filename)
    except (TypeError, ValueError, PermissionError):
        data = None
    if data is None:
        return []
    text = data.decode('utf-8', 'replace')
    lines = text.splitlines(True)
    if lines and not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    cache[filename] = (len(data), None, lines, filename)
    return lines


def lazycache(filename, module_globals):
    if filename in cache:
        return len(cache[filename]) == 1
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return False
    return False
