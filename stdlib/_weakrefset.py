"""_weakrefset for closured: the module CPython keeps WeakSet in, for code
that imports it from here. closured's WeakSet lives in weakref."""

from weakref import WeakSet

__all__ = ['WeakSet']
