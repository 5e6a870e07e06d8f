"""abc for closured: abstract base classes without metaclasses.

A class deriving from ABC (or naming ABCMeta as its base, the closest the
subset comes to `metaclass=ABCMeta`) cannot be instantiated while it has
methods decorated with @abstractmethod that no subclass overrode."""

__all__ = ['ABC', 'ABCMeta', 'abstractmethod', 'abstractproperty', 'abstractclassmethod',
           'abstractstaticmethod', 'get_cache_token', 'update_abstractmethods']


import builtins as _builtins

# frozenset when the runtime has it; a sorted tuple reads the same to callers
_frozen = getattr(_builtins, 'frozenset', lambda s: tuple(sorted(s)))


def abstractmethod(funcobj):
    """Marks a method abstract: a class with one cannot be instantiated."""
    funcobj.__isabstractmethod__ = True
    return funcobj


def _is_abstract(value):
    if getattr(value, '__isabstractmethod__', False):
        return True
    fget = getattr(value, 'fget', None)
    if fget is not None and getattr(fget, '__isabstractmethod__', False):
        return True
    func = getattr(value, '__func__', None)
    return func is not None and getattr(func, '__isabstractmethod__', False)


def update_abstractmethods(cls):
    """Recomputes cls.__abstractmethods__ from its namespace and bases."""
    abstracts = set()
    for name, value in cls.__dict__.items():
        if _is_abstract(value):
            abstracts.add(name)
    for base in cls.__mro__[1:]:
        for name in getattr(base, '__abstractmethods__', ()):
            value = getattr(cls, name, None)
            if _is_abstract(value):
                abstracts.add(name)
    cls.__abstractmethods__ = _frozen(abstracts)
    return cls


class ABC:
    """Helper base class: class Shape(ABC) with @abstractmethod methods."""

    def __init_subclass__(cls, **kwargs):
        update_abstractmethods(cls)

    def __new__(cls, *args, **kwargs):
        abstracts = getattr(cls, '__abstractmethods__', ())
        if abstracts:
            names = sorted(abstracts)
            raise TypeError("Can't instantiate abstract class %s with abstract method%s %s"
                            % (cls.__name__, 's' if len(names) > 1 else '',
                               ', '.join(names)))
        return object.__new__(cls)

    @classmethod
    def register(cls, subclass):
        return subclass


ABCMeta = ABC


def abstractproperty(fget=None, fset=None, fdel=None, doc=None):
    """Deprecated spelling of @property @abstractmethod."""
    if fget is not None:
        fget.__isabstractmethod__ = True
    return property(fget, fset, fdel, doc)


def abstractclassmethod(callable):
    callable.__isabstractmethod__ = True
    return classmethod(callable)


def abstractstaticmethod(callable):
    callable.__isabstractmethod__ = True
    return staticmethod(callable)


def get_cache_token():
    return 0
