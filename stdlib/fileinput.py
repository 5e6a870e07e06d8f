"""fileinput for closured: iterate over the lines of several inputs in turn,
with the current name and line numbers at hand (FileInput, or input() and
the module functions over one shared instance). closured opens no files:
'-' (the default when sys.argv names nothing) is sys.stdin, an openhook the
program gives may return any stream for a name (io.StringIO, BytesIO), and
any other name, inplace editing, hook_compressed and hook_encoded's opener
raise PermissionError."""

import io
import os
import sys

__all__ = ['input', 'close', 'nextfile', 'filename', 'lineno', 'filelineno', 'fileno',
           'isfirstline', 'isstdin', 'FileInput', 'hook_compressed', 'hook_encoded']

_state = None


def _refuse(name):
    raise PermissionError('fileinput: closured programs cannot open files (%r)' % (name,))


def input(files=None, inplace=False, backup='', *, mode='r', openhook=None, encoding=None,
          errors=None):
    """Makes the shared FileInput the module functions ask, and returns it."""
    global _state
    if _state is not None and _state._file is not None:
        raise RuntimeError('input() already active')
    _state = FileInput(files, inplace, backup, mode=mode, openhook=openhook,
                       encoding=encoding, errors=errors)
    return _state


def close():
    global _state
    current, _state = _state, None
    if current is not None:
        current.close()


def _active():
    if _state is None:
        raise RuntimeError('no active input()')
    return _state


def nextfile():
    return _active().nextfile()


def filename():
    return _active().filename()


def lineno():
    return _active().lineno()


def filelineno():
    return _active().filelineno()


def fileno():
    return _active().fileno()


def isfirstline():
    return _active().isfirstline()


def isstdin():
    return _active().isstdin()


class FileInput:
    """The lines of each input in turn; '-' is sys.stdin."""

    def __init__(self, files=None, inplace=False, backup='', *, mode='r', openhook=None,
                 encoding=None, errors=None):
        self._file = None
        self._stdin = False
        self._pending = ()
        if isinstance(files, str):
            files = (files,)
        elif isinstance(files, os.PathLike):
            files = (os.fspath(files),)
        elif files is None:
            files = tuple(sys.argv[1:]) or ('-',)
        else:
            files = tuple(files)
        if mode not in ('r', 'rb'):
            raise ValueError("FileInput opening mode must be 'r' or 'rb'")
        if openhook is not None:
            if inplace:
                raise ValueError('FileInput cannot use an opening hook in inplace mode')
            if not callable(openhook):
                raise ValueError('FileInput openhook must be callable')
        self._pending = files
        self._inplace = inplace
        self._backup = backup
        self._mode = mode
        self._openhook = openhook
        self._encoding = encoding
        self._errors = errors
        self._name = None
        self._lines_before = 0
        self._in_file = 0

    def __del__(self):
        self.close()

    def close(self):
        """Closes the current file and forgets the ones not yet read."""
        try:
            self.nextfile()
        finally:
            self._pending = ()

    def __enter__(self):
        return self

    def __exit__(self, kind, value, tb):
        self.close()

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def _empty(self):
        return b'' if 'b' in self._mode else ''

    def readline(self):
        """The next line of the current input, moving on to the next input at the
        end of one; '' (or b'') when every input is done."""
        while True:
            if self._file is None:
                if not self._pending:
                    return self._empty()
                self._open_next()
            line = self._file.readline()
            if line:
                self._in_file += 1
                return line
            self.nextfile()

    def _open_next(self):
        name, self._pending = self._pending[0], self._pending[1:]
        self._lines_before += self._in_file
        self._in_file = 0
        self._stdin = name in ('-', b'-')
        if self._stdin:
            self._name = '<stdin>'
            stream = sys.stdin
            if 'b' in self._mode:
                stream = getattr(stream, 'buffer', stream)
            self._file = stream
            return
        self._name = name
        if self._inplace:
            _refuse(name)
        if self._openhook is None:
            _refuse(name)
        if self._encoding is None and self._errors is None:
            self._file = self._openhook(name, self._mode)
        else:
            self._file = self._openhook(name, self._mode, encoding=self._encoding,
                                        errors=self._errors)

    def nextfile(self):
        """Closes the current input (never sys.stdin); reading goes on with the next."""
        current, self._file = self._file, None
        if current is not None and not self._stdin:
            current.close()
        self._stdin = False

    def filename(self):
        return self._name

    def lineno(self):
        return self._lines_before + self._in_file

    def filelineno(self):
        return self._in_file

    def fileno(self):
        if self._file is None:
            return -1
        try:
            return self._file.fileno()
        except (ValueError, OSError, AttributeError, io.UnsupportedOperation):
            return -1

    def isfirstline(self):
        return self._in_file == 1

    def isstdin(self):
        return self._stdin

    __class_getitem__ = classmethod(lambda cls, item: cls)


def hook_compressed(filename, mode, *, encoding=None, errors=None):
    _refuse(filename)


def hook_encoded(encoding, errors=None):
    def openhook(filename, mode):
        _refuse(filename)
    return openhook
