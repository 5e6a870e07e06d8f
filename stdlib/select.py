"""select for closured: waiting for file descriptors, of which a program here
has none from the host. The names libraries import at load time are present
(select, poll, epoll, the POLL* and EPOLL* constants, error). select() checks
its arguments as CPython does: three empty lists with a timeout answer three
empty lists; any descriptor to watch raises PermissionError, as any host
access does; nothing to watch and no timeout (wait forever) is refused with
a RuntimeError rather than hanging the program. poll() and epoll() objects
register nothing for the same reason."""

__all__ = ['select', 'poll', 'epoll', 'error']

error = OSError

POLLIN, POLLPRI, POLLOUT, POLLERR, POLLHUP, POLLNVAL = 1, 2, 4, 8, 16, 32
POLLRDNORM, POLLRDBAND, POLLWRNORM, POLLWRBAND, POLLMSG = 64, 128, 256, 512, 1024
POLLRDHUP = 8192
EPOLLIN, EPOLLPRI, EPOLLOUT, EPOLLERR, EPOLLHUP = 1, 2, 4, 8, 16
EPOLLRDNORM, EPOLLRDBAND, EPOLLWRNORM, EPOLLWRBAND, EPOLLMSG = 64, 128, 256, 512, 1024
EPOLLRDHUP, EPOLLEXCLUSIVE, EPOLLWAKEUP = 0x2000, 1 << 28, 1 << 29
EPOLLONESHOT, EPOLLET = 1 << 30, 1 << 31
EPOLL_CLOEXEC = 0o2000000
PIPE_BUF = 4096


def _descriptor(obj):
    """The descriptor obj names (an int, or what its fileno() gives), checked
    as CPython checks it."""
    if isinstance(obj, int):
        fd = obj
    else:
        get = getattr(obj, 'fileno', None)
        if get is None:
            raise TypeError('argument must be an int, or have a fileno() method.')
        fd = get()
        if not isinstance(fd, int):
            raise TypeError('fileno() returned a non-integer')
    if fd < 0:
        raise ValueError('file descriptor cannot be a negative integer (%d)' % fd)
    return fd


def _no_host():
    raise PermissionError('closured watches no file descriptor: select is not available')


def select(rlist, wlist, xlist, timeout=None, /):
    """Waits until some descriptors are ready: none can be here (see the module)."""
    if timeout is not None:
        if not isinstance(timeout, (int, float)):
            raise TypeError('timeout must be a float or None')
        if timeout < 0:
            raise ValueError('timeout must be non-negative')
    watched = []
    for seq in (rlist, wlist, xlist):
        try:
            items = list(seq)
        except TypeError:
            raise TypeError('arguments 1-3 must be sequences') from None
        watched.extend(_descriptor(item) for item in items)
    if watched:
        _no_host()
    if timeout is None:
        raise RuntimeError('select() with nothing to watch and no timeout would wait forever')
    return [], [], []


class poll:
    """A poll object: register() checks its argument, then refuses (no host
    descriptors); poll() on the empty set answers []."""

    def __init__(self):
        self._fds = {}

    def register(self, fd, eventmask=POLLIN | POLLPRI | POLLOUT):
        _descriptor(fd)
        _no_host()

    def modify(self, fd, eventmask):
        fd = _descriptor(fd)
        raise FileNotFoundError(2, 'No such file or directory')

    def unregister(self, fd):
        fd = _descriptor(fd)
        raise KeyError(fd)

    def poll(self, timeout=None):
        if timeout is None or timeout < 0:
            raise RuntimeError('poll() with nothing registered and no timeout would wait '
                               'forever')
        return []


class epoll:
    """An epoll object, empty for good (see poll)."""

    def __init__(self, sizehint=-1, flags=0):
        self._closed = False

    def _check(self):
        if self._closed:
            raise ValueError('I/O operation on closed epoll object')

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def fileno(self):
        self._check()
        _no_host()

    def register(self, fd, eventmask=EPOLLIN | EPOLLPRI | EPOLLOUT):
        self._check()
        _descriptor(fd)
        _no_host()

    def modify(self, fd, eventmask):
        self._check()
        _descriptor(fd)
        raise FileNotFoundError(2, 'No such file or directory')

    def unregister(self, fd):
        self._check()
        _descriptor(fd)
        raise FileNotFoundError(2, 'No such file or directory')

    def poll(self, timeout=None, maxevents=-1):
        self._check()
        if timeout is None or timeout < 0:
            raise RuntimeError('poll() with nothing registered and no timeout would wait '
                               'forever')
        return []

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *exc):
        self.close()
