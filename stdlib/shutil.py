"""shutil for closured: what works without the host's files. copyfileobj copies between
file objects a program already has (io.StringIO, io.BytesIO, its own classes),
ignore_patterns builds copytree's filter, get_terminal_size answers from COLUMNS and
LINES or the fallback (a workload has no terminal), and which() finds no program
(closured runs none). Every function that touches files (copy, move, rmtree,
disk_usage, make_archive, ...) raises PermissionError, as pathlib's do; libraries that
import shutil for one of them at load time (python-dotenv, mako) import."""

import fnmatch
import os

__all__ = ['copyfileobj', 'copyfile', 'copymode', 'copystat', 'copy', 'copy2', 'copytree',
           'move', 'rmtree', 'Error', 'SpecialFileError', 'ExecError', 'make_archive',
           'get_archive_formats', 'register_archive_format', 'unregister_archive_format',
           'get_unpack_formats', 'register_unpack_format', 'unregister_unpack_format',
           'unpack_archive', 'ignore_patterns', 'chown', 'which', 'get_terminal_size',
           'SameFileError', 'disk_usage']

COPY_BUFSIZE = 64 * 1024


class Error(OSError):
    pass


class SameFileError(Error):
    """Raised when source and destination are the same file."""


class SpecialFileError(OSError):
    """Raised when trying to do a kind of operation (e.g. copying) which is not
    supported on a special file (e.g. a named pipe)."""


class ExecError(OSError):
    """Raised when a command could not be executed."""


class ReadError(OSError):
    """Raised when an archive cannot be read."""


class RegistryError(Exception):
    """Raised when a registry operation with the archiving and unpacking registries
    fails."""


def copyfileobj(fsrc, fdst, length=0):
    """Copies what fsrc.read() gives to fdst.write(), length characters or bytes at a
    time (COPY_BUFSIZE when length is 0 or less), until a read answers nothing."""
    size = length if length > 0 else COPY_BUFSIZE
    read, write = fsrc.read, fdst.write
    while True:
        chunk = read(size)
        if not chunk:
            return
        write(chunk)


def ignore_patterns(*patterns):
    """The `ignore` callable copytree takes: of the names in a directory, those that
    match any of the glob patterns."""
    def _ignore(path, names):
        hit = set()
        for pattern in patterns:
            hit.update(fnmatch.filter(names, pattern))
        return hit
    return _ignore


def get_terminal_size(fallback=(80, 24)):
    """os.terminal_size of COLUMNS and LINES when they are positive numbers, each
    else taken from fallback: a workload has no terminal to ask."""
    sizes = []
    for name, default in (('COLUMNS', fallback[0]), ('LINES', fallback[1])):
        try:
            value = int(os.environ[name])
        except (KeyError, ValueError):
            value = 0
        sizes.append(value if value > 0 else default)
    return os.terminal_size(tuple(sizes))


def which(cmd, mode=None, path=None):
    """The program cmd would run: closured runs none, so there is none to find."""
    os.fspath(cmd)
    return None


def _refuse(what):
    raise PermissionError('closured opens no file: shutil.%s() is not available' % what)


def copyfile(src, dst, *, follow_symlinks=True):
    _refuse('copyfile')


def copymode(src, dst, *, follow_symlinks=True):
    _refuse('copymode')


def copystat(src, dst, *, follow_symlinks=True):
    _refuse('copystat')


def copy(src, dst, *, follow_symlinks=True):
    _refuse('copy')


def copy2(src, dst, *, follow_symlinks=True):
    _refuse('copy2')


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    _refuse('copytree')


def move(src, dst, copy_function=copy2):
    _refuse('move')


def rmtree(path, ignore_errors=False, onerror=None, *, dir_fd=None):
    if ignore_errors:
        return
    _refuse('rmtree')


def chown(path, user=None, group=None):
    if user is None and group is None:
        raise ValueError('user and/or group must be set')
    _refuse('chown')


def disk_usage(path):
    _refuse('disk_usage')


# the archive formats CPython registers (zip needs zlib; the bz2 and xz ones their
# modules): names and descriptions only, since making or unpacking one is file access
_ARCHIVE_FORMATS = {
    'bztar': "bzip2'ed tar-file",
    'gztar': "gzip'ed tar-file",
    'tar': 'uncompressed tar file',
    'xztar': "xz'ed tar-file",
    'zip': 'ZIP file',
}
_UNPACK_FORMATS = {
    'bztar': (['.tar.bz2', '.tbz2'], "bzip2'ed tar-file"),
    'gztar': (['.tar.gz', '.tgz'], "gzip'ed tar-file"),
    'tar': (['.tar'], 'uncompressed tar file'),
    'xztar': (['.tar.xz', '.txz'], "xz'ed tar-file"),
    'zip': (['.zip'], 'ZIP file'),
}


def get_archive_formats():
    return sorted(_ARCHIVE_FORMATS.items())


def register_archive_format(name, function, extra_args=None, description=''):
    if not callable(function):
        raise TypeError('The %s object is not callable' % function)
    _ARCHIVE_FORMATS[name] = description


def unregister_archive_format(name):
    del _ARCHIVE_FORMATS[name]


def get_unpack_formats():
    return sorted((name, exts, desc) for name, (exts, desc) in _UNPACK_FORMATS.items())


def register_unpack_format(name, extensions, function, extra_args=None, description=''):
    if not callable(function):
        raise TypeError('The registered function must be a callable')
    _UNPACK_FORMATS[name] = (list(extensions), description)


def unregister_unpack_format(name):
    del _UNPACK_FORMATS[name]


def make_archive(base_name, format, root_dir=None, base_dir=None, verbose=0, dry_run=0,
                 owner=None, group=None, logger=None):
    if format not in _ARCHIVE_FORMATS:
        raise ValueError("unknown archive format '%s'" % format)
    _refuse('make_archive')


def unpack_archive(filename, extract_dir=None, format=None):
    if format is not None and format not in _UNPACK_FORMATS:
        raise ValueError('Unknown unpack format {0!r}'.format(format))
    _refuse('unpack_archive')
