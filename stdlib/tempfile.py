"""tempfile for closured: the names and the directory rules, without the files. closured
opens no file, so the functions that make one (mkstemp, mkdtemp, TemporaryFile,
NamedTemporaryFile, TemporaryDirectory) raise PermissionError, as pathlib's do.
SpooledTemporaryFile keeps its data in memory as CPython's does until it rolls over to
a real file; rolling over is refused the same way. gettempdir() answers from TMPDIR,
TEMP or TMP, else /tmp, without checking the directory (closured cannot look).
Libraries that import tempfile at load time for a later write (python-dotenv's
set_key) import."""

import io as _io
import os as _os
import random as _random

__all__ = ['NamedTemporaryFile', 'TemporaryFile', 'SpooledTemporaryFile',
           'TemporaryDirectory', 'mkstemp', 'mkdtemp', 'mktemp', 'TMP_MAX',
           'gettempprefix', 'tempdir', 'gettempdir', 'gettempprefixb', 'gettempdirb']

TMP_MAX = 238328  # os.TMP_MAX on Linux
template = 'tmp'
tempdir = None

_NAME_LETTERS = 'abcdefghijklmnopqrstuvwxyz0123456789_'
_names = _random.Random()


def gettempprefix():
    return template


def gettempprefixb():
    return _os.fsencode(template)


def gettempdir():
    """The directory temporary names are made in: tempdir once set, else the first of
    TMPDIR, TEMP and TMP that is set, else /tmp."""
    global tempdir
    if tempdir is None:
        for name in ('TMPDIR', 'TEMP', 'TMP'):
            value = _os.environ.get(name)
            if value:
                tempdir = _os.path.abspath(value)
                break
        else:
            tempdir = '/tmp'
    return tempdir


def gettempdirb():
    return _os.fsencode(gettempdir())


def mktemp(suffix='', prefix=template, dir=None):
    """A name no file had when CPython would have checked (deprecated there too): eight
    random letters between prefix and suffix, in dir or gettempdir()."""
    if dir is None:
        dir = gettempdir()
    stem = ''.join(_names.choice(_NAME_LETTERS) for _ in range(8))
    return _os.path.join(dir, prefix + stem + suffix)


def _refuse(what):
    raise PermissionError('closured opens no file: tempfile.%s() is not available' % what)


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    _refuse('mkstemp')


def mkdtemp(suffix=None, prefix=None, dir=None):
    _refuse('mkdtemp')


def TemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                  prefix=None, dir=None, *, errors=None):
    _refuse('TemporaryFile')


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                       prefix=None, dir=None, delete=True, *, errors=None):
    _refuse('NamedTemporaryFile')


class TemporaryDirectory:
    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        _refuse('TemporaryDirectory')


class SpooledTemporaryFile(_io.IOBase):
    """A file in memory (io.BytesIO, or io.TextIOWrapper over one for a text mode)
    until more than max_size is written or fileno() is asked, when CPython moves it
    to a real file: closured refuses that step with PermissionError."""

    def __init__(self, max_size=0, mode='w+b', buffering=-1, encoding=None, newline=None,
                 suffix=None, prefix=None, dir=None, *, errors=None):
        if 'b' in mode:
            self._file = _io.BytesIO()
        else:
            self._file = _io.TextIOWrapper(_io.BytesIO(), encoding=encoding or 'utf-8',
                                           errors=errors, newline=newline)
        self._max_size = max_size
        self._rolled = False
        self._mode = mode

    def _check(self):
        if self._max_size and self._file.tell() > self._max_size:
            self.rollover()

    def rollover(self):
        if self._rolled:
            return
        _refuse('SpooledTemporaryFile.rollover')

    def __enter__(self):
        if self._file.closed:
            raise ValueError('Cannot enter context with closed file')
        return self

    def __exit__(self, exc, value, tb):
        self._file.close()

    def __iter__(self):
        return self._file.__iter__()

    @property
    def closed(self):
        return self._file.closed

    @property
    def mode(self):
        return self._mode

    @property
    def name(self):
        return None

    def close(self):
        self._file.close()

    def fileno(self):
        self.rollover()

    def flush(self):
        self._file.flush()

    def read(self, *args):
        return self._file.read(*args)

    def readline(self, *args):
        return self._file.readline(*args)

    def readlines(self, *args):
        return self._file.readlines(*args)

    def seek(self, *args):
        return self._file.seek(*args)

    def tell(self):
        return self._file.tell()

    def truncate(self, size=None):
        if size is None:
            return self._file.truncate()
        if self._max_size and size > self._max_size:
            self.rollover()
        return self._file.truncate(size)

    def write(self, s):
        n = self._file.write(s)
        self._check()
        return n

    def writelines(self, lines):
        self._file.writelines(lines)
        self._check()

    def readable(self):
        return self._file.readable()

    def writable(self):
        return self._file.writable()

    def seekable(self):
        return self._file.seekable()
