"""abc for closured: abstract base classes.

ABCMeta is the metaclass: a class it makes records the names of its
abstract methods (methods decorated with @abstractmethod that no subclass
overrode) in __abstractmethods__, and object.__new__ refuses to instantiate
a class while that set is not empty. register() adds virtual subclasses,
which isinstance and issubclass then accept."""

__all__ = ['ABC', 'ABCMeta', 'abstractmethod', 'abstractproperty', 'abstractclassmethod',
           'abstractstaticmethod', 'get_cache_token', 'update_abstractmethods']


import builtins as _builtins
import _weakref

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


# Bumped by every register(): a cached answer older than the last
# registration is recomputed (a new virtual subclass may change it).
_abc_invalidation = [0]


def _cache_drop(cache):
    """The weak-reference callback that forgets a dead class's answer."""
    def drop(r):
        cache.pop(r, None)
    return drop


class ABCMeta(type):
    """Metaclass of abstract base classes: class Shape(metaclass=ABCMeta).

    Each ABC keeps its registry of virtual subclasses, the ABCs deriving from
    it (so a class registered on a subclass counts for the base too) and a
    cache of issubclass answers keyed by weak references: a class that dies
    leaves the cache, so checking a class never keeps it alive."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        update_abstractmethods(cls)
        cls._abc_registry = []
        cls._abc_subclasses = []
        cls._abc_cache = {}
        cls._abc_cache_version = _abc_invalidation[0]
        for base in bases:
            subs = base.__dict__.get('_abc_subclasses')
            if subs is not None:
                subs.append(_weakref.ref(cls))
        return cls

    def register(cls, subclass):
        """Makes subclass a virtual subclass of cls; returns it (a decorator)."""
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_registry.append(subclass)
        _abc_invalidation[0] += 1
        return subclass

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        cache = cls._abc_cache
        if cls._abc_cache_version != _abc_invalidation[0]:
            cache.clear()
            cls._abc_cache_version = _abc_invalidation[0]
        key = _weakref.ref(subclass)
        ok = cache.get(key)
        if ok is None:
            ok = cls._abc_compute(subclass)
            cache[_weakref.ref(subclass, _cache_drop(cache))] = ok
        return ok

    def _abc_compute(cls, subclass):
        if cls in getattr(subclass, '__mro__', ()):
            return True
        hook = getattr(cls, '__subclasshook__', None)
        if hook is not None:
            ok = hook(subclass)
            if ok is not NotImplemented:
                return bool(ok)
        for reg in cls._abc_registry:
            if issubclass(subclass, reg):
                return True
        for r in cls._abc_subclasses:
            scls = r()
            if scls is not None and issubclass(subclass, scls):
                return True
        return False


class ABC(metaclass=ABCMeta):
    """Helper base class: class Shape(ABC) with @abstractmethod methods."""
    __slots__ = ()


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
