"""_collections_abc: the abstract base classes of collections.abc.

Each ABC names the methods a kind of container has (Sized: __len__,
Mapping: __getitem__, __iter__, __len__, ...) and supplies the rest as
mixin methods (Mapping.get, MutableSequence.append, Set.__and__, ...).

isinstance and issubclass accept, besides real subclasses:
- the one-method ABCs (Hashable, Iterable, Sized, Container, Callable,
  Iterator, Reversible, Collection, Generator, Awaitable, ...) structurally:
  a class written in Python that defines the methods (and does not set one
  of them to None) passes, as in CPython;
- the builtin types registered below (list is a MutableSequence, dict a
  MutableMapping, ...). The runtime's builtin types do not list their
  methods in __dict__, so they are registered by name rather than found
  structurally.

The mapping views (KeysView, ValuesView, ItemsView) are what a mapping
written in Python returns from keys(), values() and items(): live views,
the keys and items ones set-like.
"""

from abc import ABCMeta, abstractmethod, _abc_invalidation

__all__ = ["Awaitable", "Coroutine", "AsyncIterable", "AsyncIterator", "AsyncGenerator",
           "Hashable", "Iterable", "Iterator", "Generator", "Reversible", "Sized",
           "Container", "Callable", "Collection", "Set", "MutableSet", "Mapping",
           "MutableMapping", "MappingView", "KeysView", "ItemsView", "ValuesView",
           "Sequence", "MutableSequence", "ByteString"]

# The builtin types that cannot be hashed (their __hash__ is not None in
# this runtime's type objects, so Hashable names them).
_UNHASHABLE = (list, dict, set, bytearray)


def _check_methods(C, *methods):
    """True when every method is defined somewhere on C's MRO and the first
    definition is not None; NotImplemented otherwise (the hook's answer)."""
    mro = C.__mro__
    for method in methods:
        for B in mro:
            d = B.__dict__
            if method in d:
                if d[method] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


def _structural(abc_cls, *methods):
    """Makes abc_cls recognise, by itself (its subclasses do not inherit this), any class
    that provides all of methods; a method set to None refuses (see _check_methods)."""
    def __subclasshook__(cls, C):
        if cls is abc_cls:
            return _check_methods(C, *methods)
        return NotImplemented
    abc_cls.__subclasshook__ = classmethod(__subclasshook__)


def _raise_thrown(typ, val, tb):
    """What throw(typ, val, tb) raises when nothing catches it: typ itself
    when it comes alone, else val (or a new typ()) carrying the traceback tb."""
    if val is None and tb is None:
        raise typ
    error = typ() if val is None else val
    raise error if tb is None else error.with_traceback(tb)


def _close_by_throwing(throw, finished, kind):
    # close(): throw GeneratorExit in; ending (or re-raising it) is a clean close
    try:
        throw(GeneratorExit)
    except (GeneratorExit, finished):
        return
    raise RuntimeError(kind + " ignored GeneratorExit")


# ---- one-method ABCs ------------------------------------------------------------


class Hashable(metaclass=ABCMeta):
    __slots__ = ()

    @classmethod
    def __subclasshook__(cls, C):
        if cls is not Hashable:
            return NotImplemented
        if issubclass(C, _UNHASHABLE):
            return False
        # the nearest class on the MRO that defines __hash__ decides (None: unhashable)
        owner = next((B for B in C.__mro__ if "__hash__" in B.__dict__), None)
        return True if owner is None else owner.__dict__["__hash__"] is not None

    @abstractmethod
    def __hash__(self):
        return 0


class Awaitable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __await__(self):
        yield


_structural(Awaitable, "__await__")


class Coroutine(Awaitable):
    __slots__ = ()

    @abstractmethod
    def send(self, value):
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        _raise_thrown(typ, val, tb)

    def close(self):
        _close_by_throwing(self.throw, StopIteration, "coroutine")


_structural(Coroutine, "__await__", "send", "throw", "close")


class AsyncIterable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __aiter__(self):
        return AsyncIterator()


_structural(AsyncIterable, "__aiter__")


class AsyncIterator(AsyncIterable):
    __slots__ = ()

    @abstractmethod
    async def __anext__(self):
        raise StopAsyncIteration

    def __aiter__(self):
        return self


_structural(AsyncIterator, "__anext__", "__aiter__")


class AsyncGenerator(AsyncIterator):
    __slots__ = ()

    # the asynchronous methods are coroutines, as CPython's are
    async def __anext__(self):
        return await self.asend(None)

    @abstractmethod
    async def asend(self, value):
        raise StopAsyncIteration

    @abstractmethod
    async def athrow(self, typ, val=None, tb=None):
        _raise_thrown(typ, val, tb)

    async def aclose(self):
        try:
            await self.athrow(GeneratorExit)
        except (GeneratorExit, StopAsyncIteration):
            return
        raise RuntimeError("asynchronous generator ignored GeneratorExit")


_structural(AsyncGenerator, "__aiter__", "__anext__", "asend", "athrow", "aclose")


class Iterable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __iter__(self):
        yield from ()


_structural(Iterable, "__iter__")


class Iterator(Iterable):
    __slots__ = ()

    @abstractmethod
    def __next__(self):
        raise StopIteration

    def __iter__(self):
        return self


_structural(Iterator, "__iter__", "__next__")


class Reversible(Iterable):
    __slots__ = ()

    @abstractmethod
    def __reversed__(self):
        yield from ()


_structural(Reversible, "__reversed__", "__iter__")


class Generator(Iterator):
    __slots__ = ()

    def __next__(self):
        return self.send(None)

    @abstractmethod
    def send(self, value):
        raise StopIteration

    @abstractmethod
    def throw(self, typ, val=None, tb=None):
        _raise_thrown(typ, val, tb)

    def close(self):
        _close_by_throwing(self.throw, StopIteration, "generator")


_structural(Generator, "__iter__", "__next__", "send", "throw", "close")


class Sized(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __len__(self):
        return 0


_structural(Sized, "__len__")


class Container(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __contains__(self, x):
        return False


_structural(Container, "__contains__")


class Collection(Sized, Iterable, Container):
    __slots__ = ()


_structural(Collection, "__len__", "__iter__", "__contains__")


class Callable(metaclass=ABCMeta):
    __slots__ = ()

    @abstractmethod
    def __call__(self, *args, **kwds):
        return False


_structural(Callable, "__call__")


# ---- sets -----------------------------------------------------------------------


class Set(Collection):
    """A finite set: the comparisons and the & | - ^ operators from
    __contains__, __iter__ and __len__. Results are built with
    _from_iterable (the class itself unless overridden)."""

    __slots__ = ()

    def __le__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) <= len(other) and _all_in(self, other)

    def __ge__(self, other):
        if not isinstance(other, Set):
            return NotImplemented
        return len(self) >= len(other) and _all_in(other, self)

    # < > == : the sizes first, then the (overridable) <= or >=
    def __lt__(self, other):
        return _sizes_then(self, other, int.__lt__, self.__le__)

    def __gt__(self, other):
        return _sizes_then(self, other, int.__gt__, self.__ge__)

    def __eq__(self, other):
        return _sizes_then(self, other, int.__eq__, self.__le__)

    @classmethod
    def _from_iterable(cls, it):
        return cls(it)

    def isdisjoint(self, other):
        return not any(value in self for value in other)

    def __and__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        return self._from_iterable(value for value in other if value in self)

    def __or__(self, other):
        if not isinstance(other, Iterable):
            return NotImplemented
        everything = list(self)
        everything.extend(other)
        return self._from_iterable(everything)

    def __sub__(self, other):
        other = _as_set(self, other)
        if other is None:
            return NotImplemented
        return self._from_iterable(value for value in self if value not in other)

    def __rsub__(self, other):
        other = _as_set(self, other)
        if other is None:
            return NotImplemented
        return self._from_iterable(value for value in other if value not in self)

    def __xor__(self, other):
        other = _as_set(self, other)
        if other is None:
            return NotImplemented
        return (self - other) | (other - self)

    # & | ^ are symmetric
    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__

    def _hash(self):
        """A hash of the set's elements that does not depend on their order (the
        algorithm and constants of CPython's, so that the values agree)."""
        full = (1 << 64) - 1
        h = 1927868237 * (len(self) + 1) & full
        for elem in self:
            e = hash(elem)
            h ^= (e ^ (e << 16) ^ 89869747) * 3644798167 & full
        h ^= (h >> 11) ^ (h >> 25)  # spreads the bits the xors left apart
        h = h * 69069 + 907133923 & full
        if h > full >> 1:
            h -= full + 1  # as a signed 64-bit number
        return 590923713 if h == -1 else h


def _sizes_then(one, other, sizes, inclusion):
    if not isinstance(other, Set):
        return NotImplemented
    return sizes(len(one), len(other)) and inclusion(other)


def _all_in(items, container):
    return all(item in container for item in items)


def _as_set(owner, other):
    """other as a Set for owner's operators (made with owner._from_iterable when it is
    just iterable), or None when it is not iterable."""
    if isinstance(other, Set):
        return other
    if isinstance(other, Iterable):
        return owner._from_iterable(other)
    return None


class MutableSet(Set):
    __slots__ = ()

    @abstractmethod
    def add(self, value):
        raise NotImplementedError

    @abstractmethod
    def discard(self, value):
        raise NotImplementedError

    def remove(self, value):
        if value not in self:
            raise KeyError(value)
        self.discard(value)

    def pop(self):
        members = iter(self)
        try:
            value = next(members)
        except StopIteration:
            raise KeyError from None  # empty
        self.discard(value)
        return value

    def clear(self):
        while True:
            try:
                self.pop()
            except KeyError:
                return

    def __ior__(self, it):
        _each(self.add, it)
        return self

    def __iand__(self, it):
        _each(self.discard, self - it)
        return self

    def __isub__(self, it):
        if it is self:
            self.clear()
        else:
            _each(self.discard, it)
        return self

    def __ixor__(self, it):
        if it is self:
            self.clear()
            return self
        # each value of it flips its membership
        for value in it if isinstance(it, Set) else self._from_iterable(it):
            (self.discard if value in self else self.add)(value)
        return self


def _each(method, values):
    for value in values:
        method(value)


# ---- mappings -------------------------------------------------------------------


class Mapping(Collection):
    """A read-only mapping: get, __contains__, keys, items, values and ==
    from __getitem__, __iter__ and __len__."""

    __slots__ = ()

    @abstractmethod
    def __getitem__(self, key):
        raise KeyError

    __reversed__ = None  # a mapping's order is not a sequence's

    def __contains__(self, key):
        try:
            self[key]
            return True
        except KeyError:
            return False

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def keys(self):
        return KeysView(self)

    def values(self):
        return ValuesView(self)

    def items(self):
        return ItemsView(self)

    def __eq__(self, other):
        if isinstance(other, Mapping):
            return dict(self.items()) == dict(other.items())
        return NotImplemented


def _same(stored, wanted):
    # identity first, as the builtin containers compare (a NaN is found by identity)
    return stored is wanted or stored == wanted


def _plain_set(cls, it):
    # what the keys and items views' operators return
    return set(it)


class MappingView(Sized):
    __slots__ = ("_mapping",)

    def __init__(self, mapping):
        self._mapping = mapping

    def __len__(self):
        return len(self._mapping)

    def __repr__(self):
        return "%s(%r)" % (self.__class__.__name__, self._mapping)


class KeysView(MappingView, Set):
    __slots__ = ()

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        return iter(self._mapping)

    _from_iterable = classmethod(_plain_set)


class ItemsView(MappingView, Set):
    __slots__ = ()

    _from_iterable = classmethod(_plain_set)

    def __contains__(self, item):
        key, value = item
        try:
            return _same(self._mapping[key], value)
        except KeyError:
            return False

    def __iter__(self):
        mapping = self._mapping
        for key in mapping:
            yield key, mapping[key]


class ValuesView(MappingView, Collection):
    __slots__ = ()

    def __contains__(self, value):
        return any(_same(stored, value) for stored in self)

    def __iter__(self):
        mapping = self._mapping
        for key in mapping:
            yield mapping[key]


_NO_DEFAULT = object()  # pop's default when none is given


class MutableMapping(Mapping):
    """A mapping that can change: pop, popitem, clear, update and
    setdefault from __setitem__ and __delitem__."""

    __slots__ = ()

    @abstractmethod
    def __delitem__(self, key):
        raise KeyError

    @abstractmethod
    def __setitem__(self, key, value):
        raise KeyError

    def pop(self, key, default=_NO_DEFAULT):
        try:
            value = self[key]
        except KeyError:
            if default is _NO_DEFAULT:
                raise
            return default
        del self[key]
        return value

    def popitem(self):
        keys = iter(self)
        try:
            key = next(keys)
        except StopIteration:
            raise KeyError from None  # empty
        value = self[key]
        del self[key]
        return key, value

    def clear(self):
        while True:
            try:
                self.popitem()
            except KeyError:
                return

    def update(self, other=(), /, **kwds):
        # a mapping (or anything with keys()) gives keys to look up, else pairs
        if isinstance(other, Mapping):
            pairs = ((key, other[key]) for key in other)
        elif hasattr(other, "keys"):
            pairs = ((key, other[key]) for key in other.keys())
        else:
            pairs = other
        for key, value in pairs:
            self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            self[key] = default
            return default


# ---- sequences ------------------------------------------------------------------


class Sequence(Reversible, Collection):
    """A read-only sequence: __iter__, __contains__, __reversed__, index and
    count from __getitem__ and __len__."""

    __slots__ = ()

    @abstractmethod
    def __getitem__(self, index):
        raise IndexError

    def __iter__(self):
        # indexes from 0 until the first IndexError
        position = 0
        try:
            while True:
                yield self[position]
                position += 1
        except IndexError:
            return

    def __contains__(self, value):
        return any(_same(item, value) for item in self)

    def __reversed__(self):
        position = len(self)
        while position > 0:
            position -= 1
            yield self[position]

    def index(self, value, start=0, stop=None):
        if start is not None and start < 0:
            start = max(len(self) + start, 0)
        if stop is not None and stop < 0:
            stop += len(self)
        position = start
        while stop is None or position < stop:
            try:
                item = self[position]
            except IndexError:
                break
            if _same(item, value):
                return position
            position += 1
        raise ValueError

    def count(self, value):
        return sum(1 for item in self if _same(item, value))


class ByteString(Sequence):
    __slots__ = ()


class MutableSequence(Sequence):
    """A sequence that can change: append, clear, reverse, extend, pop,
    remove and += from __setitem__, __delitem__ and insert."""

    __slots__ = ()

    @abstractmethod
    def insert(self, index, value):
        raise IndexError

    @abstractmethod
    def __setitem__(self, index, value):
        raise IndexError

    # With insert (below), deletion gives every mutating mixin its work.
    @abstractmethod
    def __delitem__(self, index):
        raise IndexError

    def append(self, value):
        self.insert(len(self), value)

    def clear(self):
        while True:
            try:
                self.pop()
            except IndexError:
                return

    def reverse(self):
        size = len(self)
        for low in range(size // 2):
            high = size - 1 - low
            self[low], self[high] = self[high], self[low]

    def extend(self, values):
        if values is self:
            values = list(values)
        for value in values:
            self.append(value)

    def pop(self, index=-1):
        value = self[index]
        del self[index]
        return value

    def remove(self, value):
        del self[self.index(value)]

    def __iadd__(self, values):
        self.extend(values)
        return self


# ---- the builtin types ----------------------------------------------------------


def _gen():
    yield


class _Indexed:
    # iterated by __getitem__ (the plain sequence iterator)
    def __getitem__(self, i):
        raise IndexError(i)


# the builtin iterator types, one per kind as in CPython (list_iterator, enumerate, zip, ...)
_iterator_types = tuple({type(x) for x in (
    iter([]), reversed([]), iter(()), reversed(()), iter(""), iter("\u00e9"), iter(range(0)),
    iter(range(2 ** 64)), iter({}), iter({}.values()), iter({}.items()), reversed({}),
    iter(set()), iter(b""), iter(_Indexed()), enumerate(()), zip(), map(len, ()),
    filter(None, ()))})
_view_types = (type({}.keys()), type({}.values()), type({}.items()))
_generator_type = type(_gen())
del _gen, _Indexed
# the builtin types CPython's module names (object serializers look them up here)
dict_keys, dict_values, dict_items = _view_types
dict_keyiterator, dict_valueiterator, dict_itemiterator = (
    type(iter({}.keys())), type(iter({}.values())), type(iter({}.items())))
list_iterator, list_reverseiterator = type(iter([])), type(reversed([]))
tuple_iterator, str_iterator, set_iterator = type(iter(())), type(iter('')), type(iter(set()))
bytes_iterator, range_iterator = type(iter(b'')), type(iter(range(0)))
zip_iterator, mappingproxy, generator = type(zip()), type(type.__dict__), _generator_type

def _register_builtins(abc, types):
    # abc.register(t) for each builtin type t at once: none of them derives from an ABC
    # or is one, so register's checks would pass, and one invalidation of the cached
    # issubclass answers (below) stands for all of them
    abc._abc_registry.extend(types)


_register_builtins(Hashable, (int, float, bool, str, bytes, tuple, frozenset, range,
                              type(None), type))
_register_builtins(Iterable, (list, tuple, str, bytes, bytearray, dict, set, frozenset, range,
                              _generator_type, *_iterator_types, *_view_types))
_register_builtins(Iterator, _iterator_types)
_register_builtins(Generator, (_generator_type,))
for _abc in (Sized, Container, Collection):
    _register_builtins(_abc, (list, tuple, str, bytes, bytearray, dict, set, frozenset, range))
_register_builtins(Reversible, (list, tuple, str, bytes, bytearray, range, dict))
_register_builtins(Callable, (type(len), type(_check_methods), type([].append), type))
_register_builtins(Set, (frozenset,))
_register_builtins(MutableSet, (set,))
_register_builtins(MutableMapping, (dict,))
_register_builtins(Sequence, (tuple, str, range))
_register_builtins(ByteString, (bytes, bytearray))
_register_builtins(MutableSequence, (list, bytearray))
_register_builtins(KeysView, (_view_types[0],))
_register_builtins(ValuesView, (_view_types[1],))
_register_builtins(ItemsView, (_view_types[2],))
_abc_invalidation[0] += 1
del _abc, _register_builtins

def _alias(cls, params):
    """Sequence[int] and the like (PEP 585): a types.GenericAlias."""
    from types import GenericAlias
    return GenericAlias(cls, params)


_callable_alias_class = []


def _callable_alias_type():
    # collections.abc._CallableGenericAlias, made on the first Callable[...] (types is
    # imported then, not when collections.abc is)
    if _callable_alias_class:
        return _callable_alias_class[0]
    from types import GenericAlias

    def is_param_expr(a):
        return a is ... or type(a).__name__ in ('ParamSpec', '_ConcatenateGenericAlias')

    def type_repr(a):
        if a is ...:
            return '...'
        if isinstance(a, type):
            if a.__module__ == 'builtins':
                return a.__qualname__
            return '%s.%s' % (a.__module__, a.__qualname__)
        return repr(a)

    class _CallableGenericAlias(GenericAlias):
        """Callable[[int, str], bool]: __args__ holds the argument types then the
        result, flattened: (int, str, bool); Callable[..., R] keeps the ellipsis."""

        def __init__(self, origin, args):
            if not (isinstance(args, tuple) and len(args) == 2):
                raise TypeError("Callable must be used as Callable[[arg, ...], result].")
            params, result = args
            if isinstance(params, (tuple, list)):
                args = (*params, result)
            elif not is_param_expr(params):
                raise TypeError("Expected a list of types, an ellipsis, ParamSpec, or "
                                "Concatenate. Got %s" % (params,))
            GenericAlias.__init__(self, origin, args)

        def __repr__(self):
            if len(self.__args__) == 2 and is_param_expr(self.__args__[0]):
                return GenericAlias.__repr__(self)
            return 'collections.abc.Callable[[%s], %s]' % (
                ', '.join(type_repr(a) for a in self.__args__[:-1]), type_repr(self.__args__[-1]))

        def _copy_with(self, args):
            if len(args) == 2 and is_param_expr(args[0]):
                return _CallableGenericAlias(self.__origin__, args)
            return _CallableGenericAlias(self.__origin__, (list(args[:-1]), args[-1]))

    _CallableGenericAlias.__module__ = "collections.abc"
    _callable_alias_class.append(_CallableGenericAlias)
    return _CallableGenericAlias


def _callable_alias(cls, params):
    return _callable_alias_type()(cls, params)


# the bases CPython gives __class_getitem__; their subclasses inherit it
for _cls in (Awaitable, AsyncIterable, Iterable, Container, MappingView, Callable):
    _cls.__class_getitem__ = classmethod(_alias)
Callable.__class_getitem__ = classmethod(_callable_alias)

for _cls in (Awaitable, Coroutine, AsyncIterable, AsyncIterator, AsyncGenerator, Hashable,
             Iterable, Iterator, Reversible, Generator, Sized, Container, Collection, Callable,
             Set, MutableSet, Mapping, MappingView, KeysView, ItemsView, ValuesView,
             MutableMapping, Sequence, ByteString, MutableSequence):
    _cls.__module__ = "collections.abc"
del _cls
