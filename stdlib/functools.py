"""functools for closured: higher-order functions and operations on callables.

Written for closured's runtime in the Python subset (frozen into the binary):
wraps/update_wrapper, partial, reduce, lru_cache/cache, cached_property,
total_ordering, cmp_to_key and a basic singledispatch. The cache wrapper of
lru_cache is native (`_functools`, runtime/lru.c), as CPython's."""

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cache', 'cmp_to_key', 'lru_cache', 'reduce',
           'partial', 'partialmethod', 'singledispatch', 'singledispatchmethod',
           'cached_property']

from _functools import _lru_cache_wrapper

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Makes wrapper look like wrapped: copies the assigned attributes, merges
    the updated dicts, and records wrapped as wrapper.__wrapped__."""
    for name in assigned:
        try:
            value = getattr(wrapped, name)
        except AttributeError:
            continue
        setattr(wrapper, name, value)
    for name in updated:
        getattr(wrapper, name).update(getattr(wrapped, name, {}))
    # set last: a __wrapped__ copied from wrapped's __dict__ must not win
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator form of update_wrapper: @wraps(f) def wrapper(...)."""
    def decorate(wrapper):
        return update_wrapper(wrapper, wrapped, assigned, updated)
    return decorate


_missing = object()


def reduce(function, sequence, initial=_missing):
    """reduce(f, [a, b, c], init) is f(f(f(init, a), b), c)."""
    it = iter(sequence)
    if initial is _missing:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError("reduce() of empty iterable with no initial value") from None
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


class partial:
    """partial(f, *args, **kw)(*more, **kw2) calls f(*args, *more, **kw, **kw2)."""

    def __init__(self, *args, **keywords):
        if not args:
            raise TypeError("type 'partial' takes at least one argument")
        func = args[0]
        if not callable(func):
            raise TypeError("the first argument must be callable")
        args = args[1:]
        if isinstance(func, partial):
            # flatten partial(partial(f, 1), 2) into partial(f, 1, 2)
            args = func.args + args
            keywords = dict(func.keywords, **keywords)
            func = func.func
        self.func = func
        self.args = args
        self.keywords = keywords

    def __call__(self, *args, **keywords):
        if not self.keywords:
            return self.func(*self.args, *args, **keywords)
        keywords = dict(self.keywords, **keywords)
        return self.func(*self.args, *args, **keywords)

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(a) for a in self.args)
        parts.extend('%s=%r' % (k, v) for k, v in self.keywords.items())
        return 'functools.partial(' + ', '.join(parts) + ')'

    def __get__(self, obj, objtype=None):
        return self


class partialmethod:
    """partial for methods: the instance comes first, then the frozen arguments."""

    def __init__(self, func, *args, **keywords):
        self.func = func
        self.args = args
        self.keywords = keywords

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        func = self.func
        args = self.args
        keywords = self.keywords

        def bound(*more, **kw):
            return func(obj, *args, *more, **dict(keywords, **kw))
        return bound


# ---- caches ----------------------------------------------------------------------

class _CacheInfo:
    """CacheInfo(hits, misses, maxsize, currsize): a named tuple's behaviour."""

    def __init__(self, hits, misses, maxsize, currsize):
        self.hits = hits
        self.misses = misses
        self.maxsize = maxsize
        self.currsize = currsize

    def _tuple(self):
        return (self.hits, self.misses, self.maxsize, self.currsize)

    def __repr__(self):
        return 'CacheInfo(hits=%r, misses=%r, maxsize=%r, currsize=%r)' % self._tuple()

    def __eq__(self, other):
        if isinstance(other, _CacheInfo):
            other = other._tuple()
        return self._tuple() == other

    def __hash__(self):
        return hash(self._tuple())

    def __iter__(self):
        return iter(self._tuple())

    def __len__(self):
        return 4

    def __getitem__(self, i):
        return self._tuple()[i]


_CacheInfo.__name__ = _CacheInfo.__qualname__ = 'CacheInfo'
_kwd_mark = object()


def _make_key(args, kwds, typed):
    """The cache key of a call: the arguments, the keywords after a marker,
    and with typed=True the argument types too. A lone str or int argument
    is its own key (CPython's fast path, same hits and misses)."""
    key = args
    if kwds:  # the marker, then name, value, name, value...
        key += (_kwd_mark,) + sum(kwds.items(), ())
    if typed:
        key += tuple(map(type, args)) + tuple(map(type, kwds.values()))
    elif len(key) == 1 and type(key[0]) in (int, str):
        return key[0]
    return key


def lru_cache(maxsize=128, typed=False):
    """Decorator caching the results of up to maxsize most recent calls
    (maxsize=None: unbounded; typed=True: 1 and 1.0 are separate keys). The
    wrapper has cache_info(), cache_clear() and cache_parameters()."""
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        # @lru_cache without parentheses
        user_function, maxsize = maxsize, 128
        return _lru_wrapper(user_function, maxsize, typed)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        return _lru_wrapper(user_function, maxsize, typed)
    return decorating_function


def _lru_wrapper(user_function, maxsize, typed):
    # the wrapper is native (runtime/lru.c), as CPython's _lru_cache_wrapper
    wrapper = _lru_cache_wrapper(user_function, maxsize, typed, _CacheInfo, _kwd_mark)

    def cache_parameters():
        return {'maxsize': maxsize, 'typed': typed}

    wrapper.cache_parameters = cache_parameters
    return update_wrapper(wrapper, user_function)


def cache(user_function):
    """Simple unbounded cache: lru_cache(maxsize=None)."""
    return lru_cache(maxsize=None)(user_function)


class cached_property:
    """A property computed once per instance, then kept in its __dict__."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError("Cannot assign the same cached_property to two different names "
                            "(%r and %r)." % (self.attrname, name))

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        name = self.attrname
        if name is None:
            raise TypeError("Cannot use cached_property instance without calling __set_name__ on it.")
        try:
            cache = instance.__dict__
        except AttributeError:  # __slots__ without __dict__
            raise TypeError("No '__dict__' attribute on %r instance to cache %r property."
                            % (type(instance).__name__, name)) from None
        if name in cache:
            return cache[name]
        value = self.func(instance)
        try:
            cache[name] = value
        except TypeError:  # a class's mappingproxy
            raise TypeError("The '__dict__' attribute on %r instance does not support item "
                            "assignment for caching %r property." % (type(instance).__name__, name)
                            ) from None
        return value


# ---- ordering ---------------------------------------------------------------------

def _gt_from_lt(self, other):
    r = type(self).__lt__(self, other)
    if r is NotImplemented:
        return r
    return not r and self != other


def _le_from_lt(self, other):
    r = type(self).__lt__(self, other)
    if r is NotImplemented:
        return r
    return r or self == other


def _ge_from_lt(self, other):
    r = type(self).__lt__(self, other)
    if r is NotImplemented:
        return r
    return not r


def _ge_from_le(self, other):
    r = type(self).__le__(self, other)
    if r is NotImplemented:
        return r
    return not r or self == other


def _lt_from_le(self, other):
    r = type(self).__le__(self, other)
    if r is NotImplemented:
        return r
    return r and self != other


def _gt_from_le(self, other):
    r = type(self).__le__(self, other)
    if r is NotImplemented:
        return r
    return not r


def _lt_from_gt(self, other):
    r = type(self).__gt__(self, other)
    if r is NotImplemented:
        return r
    return not r and self != other


def _ge_from_gt(self, other):
    r = type(self).__gt__(self, other)
    if r is NotImplemented:
        return r
    return r or self == other


def _le_from_gt(self, other):
    r = type(self).__gt__(self, other)
    if r is NotImplemented:
        return r
    return not r


def _le_from_ge(self, other):
    r = type(self).__ge__(self, other)
    if r is NotImplemented:
        return r
    return not r or self == other


def _gt_from_ge(self, other):
    r = type(self).__ge__(self, other)
    if r is NotImplemented:
        return r
    return r and self != other


def _lt_from_ge(self, other):
    r = type(self).__ge__(self, other)
    if r is NotImplemented:
        return r
    return not r


_convert = {
    '__lt__': [('__gt__', _gt_from_lt), ('__le__', _le_from_lt), ('__ge__', _ge_from_lt)],
    '__le__': [('__ge__', _ge_from_le), ('__lt__', _lt_from_le), ('__gt__', _gt_from_le)],
    '__gt__': [('__lt__', _lt_from_gt), ('__ge__', _ge_from_gt), ('__le__', _le_from_gt)],
    '__ge__': [('__le__', _le_from_ge), ('__gt__', _gt_from_ge), ('__lt__', _lt_from_ge)],
}


def _defines(cls, name):
    for klass in cls.__mro__:
        if klass is object:
            return False
        if name in klass.__dict__:
            return True
    return False


def total_ordering(cls):
    """Class decorator filling in the missing ordering methods from one of
    __lt__, __le__, __gt__ or __ge__ (and __eq__)."""
    roots = [op for op in ('__lt__', '__le__', '__gt__', '__ge__') if _defines(cls, op)]
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = roots[0]
    for opname, opfunc in _convert[root]:
        if opname not in roots:
            opfunc.__name__ = opname
            setattr(cls, opname, opfunc)
    return cls


def cmp_to_key(mycmp):
    """Turns an old-style cmp(a, b) -> -1/0/1 function into a key= function."""
    return _key_wrapper(mycmp, None)


class KeyWrapper:
    """cmp_to_key's answer, and the keys it makes when called: each compares
    by mycmp(self.obj, other.obj) against 0, and only with another key."""
    __slots__ = ('_cmp', 'obj')

    def __hash__(self):  # unhashable, named as CPython names its type
        raise TypeError("unhashable type: 'functools.KeyWrapper'")

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create 'functools.KeyWrapper' instances")

    def __call__(self, *args, **kwargs):
        given = len(args) + len(kwargs)
        if given > 1:
            raise TypeError("K() takes at most 1 argument (%d given)" % given)
        if args:
            return _key_wrapper(self._cmp, args[0])
        if 'obj' not in kwargs:
            raise TypeError("K() missing required argument 'obj' (pos 1)")
        return _key_wrapper(self._cmp, kwargs['obj'])

    def _answer(self, other):
        if type(other) is not KeyWrapper:
            raise TypeError('other argument must be K instance')
        return self._cmp(self.obj, other.obj)

    def __lt__(self, other):  # sorting's comparison: checked in place
        if type(other) is not KeyWrapper:
            raise TypeError('other argument must be K instance')
        return self._cmp(self.obj, other.obj) < 0

    def __le__(self, other):
        return KeyWrapper._answer(self, other) <= 0

    def __eq__(self, other):
        return KeyWrapper._answer(self, other) == 0

    def __ne__(self, other):
        return KeyWrapper._answer(self, other) != 0

    def __gt__(self, other):
        return KeyWrapper._answer(self, other) > 0

    def __ge__(self, other):
        return KeyWrapper._answer(self, other) >= 0


def _key_wrapper(mycmp, obj):
    key = object.__new__(KeyWrapper)
    key._cmp = mycmp
    key.obj = obj
    return key


# ---- single dispatch ----------------------------------------------------------------

def singledispatch(func):
    """Turns func into a generic function dispatching on its first
    argument's type: register implementations with @f.register(cls), or
    @f.register on a function whose first parameter is annotated."""
    registry = {object: func}
    cache_ = {}

    def dispatch(cls):
        impl = cache_.get(cls)
        if impl is None:
            for klass in cls.__mro__:
                if klass in registry:
                    impl = registry[klass]
                    break
            else:
                impl = func
            cache_[cls] = impl
        return impl

    def register(cls, f=None):
        if f is None:
            if isinstance(cls, type):
                return lambda g: register(cls, g)
            g = cls
            annotations = getattr(g, '__annotations__', {})
            hints = [v for k, v in annotations.items() if k != 'return']
            if not hints:
                raise TypeError("Invalid first argument to `register()`: %r. Use either "
                                "`@register(some_class)` or plain `@register` on an "
                                "annotated function." % (g,))
            if any(isinstance(h, str) for h in hints):
                # string annotations (from __future__ import annotations): evaluated
                from typing import get_type_hints
                hints = [v for k, v in get_type_hints(g).items() if k != 'return']
            cls, f = hints[0], g
        import types
        if isinstance(cls, types.UnionType):
            # @register on `x: int | str`: each alternative dispatches to f
            for alt in cls.__args__:
                registry[alt] = f
        else:
            registry[cls] = f
        cache_.clear()
        return f

    def wrapper(*args, **kw):
        if not args:
            raise TypeError('%s requires at least 1 positional argument' % funcname)
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, '__name__', 'singledispatch function')
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """singledispatch for methods: dispatches on the type of the first argument after self
    (or cls); implementations are registered with @meth.register like singledispatch's."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError(f"{func!r} is not callable or a descriptor")
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, method)

    def __get__(self, obj, cls=None):
        dispatch = self.dispatcher.dispatch

        def _method(*args, **kwargs):
            # the implementation for the first argument's class, bound as func would be
            implementation = dispatch(args[0].__class__)
            return implementation.__get__(obj, cls)(*args, **kwargs)

        _method.__isabstractmethod__ = self.__isabstractmethod__
        _method.register = self.register
        return update_wrapper(_method, self.func)

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)
