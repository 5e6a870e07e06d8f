"""selectors for closured: the classes and constants libraries import at load time
(BaseSelector, DefaultSelector and the platform selectors, SelectorKey, EVENT_READ,
EVENT_WRITE). closured has no host file descriptors to watch: register() checks its
arguments as CPython does, then raises PermissionError as any host access does, so a
selector stays empty; select() on an empty selector returns [] at once when given a
timeout, and raises RuntimeError when asked to wait forever for nothing."""

from abc import ABCMeta, abstractmethod
from collections import namedtuple
from collections.abc import Mapping

__all__ = ['BaseSelector', 'SelectSelector', 'PollSelector', 'EpollSelector',
           'DefaultSelector', 'SelectorKey', 'EVENT_READ', 'EVENT_WRITE']

EVENT_READ = 1 << 0
EVENT_WRITE = 1 << 1

SelectorKey = namedtuple('SelectorKey', ['fileobj', 'fd', 'events', 'data'])
SelectorKey.__doc__ = ('SelectorKey(fileobj, fd, events, data): a registered file object, '
                       'its descriptor, the events watched and the data attached.')


def _descriptor_of(fileobj):
    """The file descriptor an int or an object with fileno() stands for; ValueError else."""
    if not isinstance(fileobj, int):
        try:
            fileobj = int(fileobj.fileno())
        except (AttributeError, TypeError, ValueError):
            raise ValueError('Invalid file object: {!r}'.format(fileobj)) from None
    fd = fileobj
    if fd < 0:
        raise ValueError('Invalid file descriptor: {}'.format(fd))
    return fd


class _KeysView(Mapping):
    """A read-only view of a selector's registrations by file object."""

    def __init__(self, keys):
        self._keys = keys

    def __len__(self):
        return len(self._keys)

    def __iter__(self):
        return iter(self._keys)

    def __getitem__(self, fileobj):
        return self._keys[fileobj]


class BaseSelector(metaclass=ABCMeta):
    """Watches file objects for readiness (the abstract interface)."""

    @abstractmethod
    def register(self, fileobj, events, data=None):
        raise NotImplementedError

    @abstractmethod
    def unregister(self, fileobj):
        raise NotImplementedError

    def modify(self, fileobj, events, data=None):
        self.unregister(fileobj)
        return self.register(fileobj, events, data)

    @abstractmethod
    def select(self, timeout=None):
        raise NotImplementedError

    def close(self):
        pass

    def get_key(self, fileobj):
        view = self.get_map()
        if view is None:
            raise RuntimeError('Selector is closed')
        if fileobj not in view:
            raise KeyError('{!r} is not registered'.format(fileobj))
        return view[fileobj]

    @abstractmethod
    def get_map(self):
        raise NotImplementedError

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()


class _SandboxSelector(BaseSelector):
    """What every concrete selector is in closured: no descriptor can be registered."""

    def __init__(self):
        self._keys = {}
        self._view = _KeysView(self._keys)

    def register(self, fileobj, events, data=None):
        if not events or events & ~(EVENT_READ | EVENT_WRITE):
            raise ValueError('Invalid events: {!r}'.format(events))
        _descriptor_of(fileobj)
        raise PermissionError('closured opens no file: selectors have nothing to watch')

    def unregister(self, fileobj):
        raise KeyError('{!r} is not registered'.format(fileobj))

    def modify(self, fileobj, events, data=None):
        raise KeyError('{!r} is not registered'.format(fileobj))

    def select(self, timeout=None):
        if timeout is None:
            raise RuntimeError('select() would wait forever: nothing is registered')
        return []

    def get_map(self):
        return self._view

    def close(self):
        self._keys.clear()
        self._view = None

    def fileno(self):
        return -1


class SelectSelector(_SandboxSelector):
    """Selector over select() in CPython."""


class PollSelector(_SandboxSelector):
    """Selector over poll() in CPython."""


class EpollSelector(_SandboxSelector):
    """Selector over epoll() in CPython."""


DefaultSelector = EpollSelector
