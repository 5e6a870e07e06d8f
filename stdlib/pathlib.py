"""pathlib for closured: POSIX paths as values (PurePath, PurePosixPath) with
every pure operation (parts, name, suffix, parent(s), joining with /,
relative_to, with_name/with_suffix/with_stem, match, as_uri, ordering), and
Path, whose cwd(), home(), absolute() and resolve() answer from os.getcwd()
and os.environ as the embedder shows them. closured opens no file, so each of
Path's methods that would touch the file system (open, read_text, iterdir,
stat, mkdir, unlink, ...) raises PermissionError; the questions (exists,
is_dir, is_file, ...) answer False, as os.path's do, and glob() and rglob()
find nothing, as CPython's do in a directory they cannot list."""

import fnmatch
import os
import posixpath

__all__ = ["PurePath", "PurePosixPath", "Path", "PosixPath"]


def _split_parts(args):
    """The (root, parts) of the joined arguments: a later absolute argument
    starts over; '.' and empty components drop; a leading '//' stays."""
    root = ''
    parts = []
    for a in args:
        if isinstance(a, PurePath):
            s = str(a)
        else:
            s = os.fspath(a)
            if isinstance(s, bytes):
                raise TypeError("argument should be a str or an os.PathLike object where "
                                "__fspath__ returns a str, not 'bytes'")
            if not isinstance(s, str):
                raise TypeError("argument should be a str or an os.PathLike object where "
                                "__fspath__ returns a str, not %r" % type(s).__name__)
        if not s:
            continue
        if s.startswith('/'):
            root = '//' if s.startswith('//') and not s.startswith('///') else '/'
            parts = []
        parts.extend(p for p in s.split('/') if p and p != '.')
    return root, parts


class PurePath:
    """A file system path that computes and never touches the file system."""

    __slots__ = ('_root', '_parts', '_str', '_hash')

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        return cls._from_args(args)

    @classmethod
    def _from_args(cls, args):
        self = object.__new__(cls)
        self._root, self._parts = _split_parts(args)
        self._str = None
        self._hash = None
        return self

    @classmethod
    def _from_parts(cls, root, parts):
        self = object.__new__(cls)
        self._root = root
        self._parts = list(parts)
        self._str = None
        self._hash = None
        return self

    def __reduce__(self):
        return (self.__class__, tuple(self.parts))

    def __str__(self):
        if self._str is None:
            body = '/'.join(self._parts)
            self._str = (self._root + body) or '.'
        return self._str

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self)

    def __bytes__(self):
        return os.fsencode(str(self))

    def __repr__(self):
        return "%s(%r)" % (self.__class__.__name__, self.as_posix())

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        from urllib.parse import quote_from_bytes
        return 'file://' + quote_from_bytes(os.fsencode(str(self)))

    def _key(self):
        return (self._root, self._parts)

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        if self._hash is None:
            self._hash = hash(str(self))
        return self._hash

    def __lt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return str(self) < str(other)

    def __le__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return str(self) <= str(other)

    def __gt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return str(self) > str(other)

    def __ge__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return str(self) >= str(other)

    drive = property(lambda self: '')
    root = property(lambda self: self._root)
    anchor = property(lambda self: self._root)

    @property
    def parts(self):
        return ((self._root,) if self._root else ()) + tuple(self._parts)

    @property
    def name(self):
        return self._parts[-1] if self._parts else ''

    @property
    def suffix(self):
        name = self.name
        i = name.rfind('.')
        return name[i:] if 0 < i < len(name) - 1 else ''

    @property
    def suffixes(self):
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + s for s in name.split('.')[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind('.')
        return name[:i] if 0 < i < len(name) - 1 else name

    def with_name(self, name):
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        if not name or '/' in name or name == '.':
            raise ValueError("Invalid name %r" % (name,))
        return self._from_parts(self._root, self._parts[:-1] + [name])

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if '/' in suffix or suffix and (not suffix.startswith('.') or suffix == '.'):
            raise ValueError("Invalid suffix %r" % (suffix,))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old = self.suffix
        name = (name[:-len(old)] if old else name) + suffix
        return self._from_parts(self._root, self._parts[:-1] + [name])

    def relative_to(self, *other):
        if not other:
            raise TypeError("need at least one argument")
        base = type(self)(*other)
        n = len(base._parts)
        if base._root != self._root or self._parts[:n] != base._parts:
            raise ValueError("%r is not in the subpath of %r OR one path is relative and the "
                             "other is absolute." % (str(self), str(base)))
        return self._from_parts('', self._parts[n:])

    def is_relative_to(self, *other):
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    def joinpath(self, *args):
        return type(self)(self, *args)

    def __truediv__(self, key):
        try:
            return type(self)(self, key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return type(self)(key, self)
        except TypeError:
            return NotImplemented

    @property
    def parent(self):
        if not self._parts:
            return self
        return self._from_parts(self._root, self._parts[:-1])

    @property
    def parents(self):
        return tuple(self._from_parts(self._root, self._parts[:i])
                     for i in range(len(self._parts) - 1, -1, -1))

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def match(self, path_pattern):
        pat = type(self)(path_pattern)
        if not pat._parts and not pat._root:
            raise ValueError("empty pattern")
        mine = self._parts
        if pat._root:
            if self._root != pat._root or len(mine) != len(pat._parts):
                return False
        elif len(pat._parts) > len(mine):
            return False
        for part, p in zip(reversed(mine), reversed(pat._parts)):
            if not fnmatch.fnmatchcase(part, p):
                return False
        return True


class PurePosixPath(PurePath):
    __slots__ = ()


os.PathLike.register(PurePath)


def _no_host(what):
    raise PermissionError("closured opens no file: Path.%s() is not available" % what)


class Path(PurePosixPath):
    """A POSIX path of the program's file system, which a workload cannot
    reach: its pure operations work, its file system ones raise
    PermissionError."""

    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        return cls._from_args(args)

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls(posixpath.expanduser('~'))

    def absolute(self):
        if self.is_absolute():
            return self
        return type(self)(os.getcwd(), self)

    def resolve(self, strict=False):
        if strict:
            _no_host('resolve')
        return type(self)(posixpath.normpath(str(self.absolute())))

    def expanduser(self):
        return type(self)(posixpath.expanduser(str(self)))

    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        pass


    def _find_none(self, pattern):
        if not pattern:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        return iter(())

    def glob(self, pattern):
        """Nothing: no directory can be listed here."""
        return self._find_none(pattern)

    def rglob(self, pattern):
        """Nothing: no directory can be listed here."""
        return self._find_none(pattern)


# The questions answer False, as os.path's (a path that cannot be reached is
# no file, no directory, ...), so that code probing for configuration files
# goes on without them (isort looks for its settings at import).
for _name in ('exists', 'is_dir', 'is_file', 'is_symlink', 'is_mount', 'is_socket', 'is_fifo',
              'is_block_device', 'is_char_device'):
    def _no(self, _name=_name):
        return False
    _no.__name__ = _no.__qualname__ = _name
    setattr(Path, _name, _no)

for _name in ('stat', 'lstat', 'iterdir', 'open', 'read_text', 'read_bytes', 'write_text', 'write_bytes', 'touch',
              'mkdir', 'rmdir', 'unlink', 'rename', 'replace', 'symlink_to', 'hardlink_to',
              'link_to', 'readlink', 'chmod', 'lchmod', 'owner', 'group', 'samefile'):
    def _refuse(self, *args, _name=_name, **kwargs):
        _no_host(_name)
    _refuse.__name__ = _refuse.__qualname__ = _name
    setattr(Path, _name, _refuse)
del _name, _refuse, _no


class PosixPath(Path):
    __slots__ = ()
