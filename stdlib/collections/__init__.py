"""collections: namedtuple, defaultdict, Counter, OrderedDict, deque, ChainMap and the
wrappers UserDict, UserList, UserString.

Written in the subset itself. namedtuple, defaultdict, Counter and
OrderedDict derive from the builtin tuple and dict (the runtime keeps the
builtin value inside the instance and falls back to it); deque is the
native block-linked type of `_collections` (runtime/deque.c); ChainMap a
list of mappings. UserList and UserString hand most calls to the value they
wrap through methods made from tables of names.
"""

__all__ = ["ChainMap", "Counter", "OrderedDict", "UserDict", "UserList", "UserString",
           "defaultdict", "deque", "namedtuple"]

from _collections_abc import Mapping as _Mapping
from _collections_abc import MutableMapping as _MutableMapping
from _collections_abc import MutableSequence as _MutableSequence
from _collections_abc import Sequence as _Sequence
from abc import update_abstractmethods as _update_abstractmethods
from reprlib import recursive_repr as _recursive_repr
from _collections import _mark_ordered
from sys import maxsize as _sys_maxsize

_KEYWORDS = {
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class",
    "continue", "def", "del", "elif", "else", "except", "finally", "for", "from", "global",
    "if", "import", "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return",
    "try", "while", "with", "yield",
}


def _is_identifier(s):
    if not s:
        return False
    if not (s[0].isalpha() or s[0] == "_"):
        return False
    for ch in s:
        if not (ch.isalnum() or ch == "_"):
            return False
    return True


# ---- namedtuple ----------------------------------------------------------------------


def _no_set(self, value):
    raise AttributeError("can't set attribute")


def _no_delete(self):
    raise AttributeError("can't delete attribute")


def _field_getter(index, doc):
    return property(lambda self: self[index], _no_set, _no_delete, doc)


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """A tuple subclass named typename whose items are also attributes."""
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    field_names = list(map(str, field_names))
    typename = str(typename)
    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not _is_identifier(name) or name in _KEYWORDS or name.startswith("_")
                    or name in seen):
                field_names[index] = "_%d" % index
            seen.add(name)
    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError("Type names and field names must be strings")
        if not _is_identifier(name):
            raise ValueError("Type names and field names must be valid identifiers: %r" % name)
        if name in _KEYWORDS:
            raise ValueError("Type names and field names cannot be a keyword: %r" % name)
    seen = set()
    for name in field_names:
        if name.startswith("_") and not rename:
            raise ValueError("Field names cannot start with an underscore: %r" % name)
        if name in seen:
            raise ValueError("Encountered duplicate field name: %r" % name)
        seen.add(name)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError("Got more default values than field names")
        field_defaults = dict(reversed(list(zip(reversed(field_names), reversed(defaults)))))
    field_names = tuple(field_names)
    num_fields = len(field_names)
    arg_list = ", ".join(field_names)
    if num_fields == 1:
        arg_list += ","
    repr_fmt = "(" + ", ".join(name + "=%r" for name in field_names) + ")"

    # __new__ with the fields as its parameters, so argument errors read as
    # CPython's ("P.__new__() missing 1 required positional argument: 'y'")
    namespace = {"_tuple_new": tuple.__new__, "__name__": "namedtuple_" + typename}
    source = ("class %s:\n"
              "    def __new__(_cls, %s):\n"
              "        return _tuple_new(_cls, (%s))\n") % (typename, ", ".join(field_names),
                                                           arg_list)
    exec(source, namespace)
    new = namespace[typename].__dict__["__new__"]
    if type(new) is staticmethod:
        new = new.__func__
    if defaults:
        new.__defaults__ = defaults
    new.__doc__ = "Create new instance of %s(%s)" % (typename, arg_list.rstrip(","))

    @classmethod
    def _make(cls, iterable):
        result = tuple.__new__(cls, iterable)
        if len(result) != num_fields:
            raise TypeError("Expected %d arguments, got %d" % (num_fields, len(result)))
        return result

    def _replace(self, **kwds):
        result = self._make([kwds.pop(name) if name in kwds else self[i]
                             for i, name in enumerate(field_names)])
        if kwds:
            raise ValueError("Got unexpected field names: %r" % list(kwds))
        return result

    def __repr__(self):
        return self.__class__.__name__ + repr_fmt % tuple(self)

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

    ns = {
        "__doc__": "%s(%s)" % (typename, ", ".join(field_names)),
        "__slots__": (),
        "_fields": field_names,
        "_field_defaults": field_defaults,
        "__new__": new,
        "_make": _make,
        "_replace": _replace,
        "__repr__": __repr__,
        "_asdict": _asdict,
        "__getnewargs__": __getnewargs__,
        "__match_args__": field_names,
    }
    for index, name in enumerate(field_names):
        ns[name] = _field_getter(index, "Alias for field number %d" % index)
    result = type(typename, (tuple,), ns)
    result.__module__ = "__main__" if module is None else module
    return result


# ---- defaultdict ------------------------------------------------------------------------


def _dict_union(other, make, addition):
    """The | of a dict subclass: make() updated with addition, when the other
    operand is a dict at all."""
    if not isinstance(other, dict):
        return NotImplemented
    merged = make()
    merged.update(addition)
    return merged


class defaultdict(dict):
    """dict that calls default_factory() for a missing key and stores the result."""

    def __init__(self, default_factory=None, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        dict.__init__(self, *args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def __repr__(self):
        factory = self.default_factory
        return "%s(%s, %s)" % (type(self).__name__,
                               "None" if factory is None else repr(factory),
                               dict.__repr__(self))

    def copy(self):
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        # As CPython's: the factory as the argument, the items appended after.
        args = () if self.default_factory is None else (self.default_factory,)
        return type(self), args, None, None, iter(self.items())

    def __or__(self, other):
        return _dict_union(other, self.copy, other)

    def __ror__(self, other):
        return _dict_union(other, lambda: type(self)(self.default_factory, other), self)

    def __ior__(self, other):
        self.update(other)
        return self


# ---- Counter ----------------------------------------------------------------------------


def _sum_counts(mine, theirs):
    return mine + theirs


def _subtract_counts(mine, theirs):
    return mine - theirs


def _larger_count(mine, theirs):
    return theirs if mine < theirs else mine


def _smaller_count(mine, theirs):
    return mine if mine < theirs else theirs


class Counter(dict):
    """dict of counts: Counter('abca') -> Counter({'a': 2, 'b': 1, 'c': 1})."""

    def __init__(self, iterable=None, **kwds):
        dict.__init__(self)
        self.update(iterable, **kwds)

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __missing__(self, key):
        return 0

    def total(self):
        return sum(self.values())

    def most_common(self, n=None):
        items = sorted(self.items(), key=lambda kv: kv[1], reverse=True)
        return items if n is None else items[:n]

    def elements(self):
        for elem, count in self.items():
            for _ in range(count):
                yield elem

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.")

    def update(self, iterable=None, **kwds):
        if iterable is not None:
            if isinstance(iterable, dict):
                if self:
                    for elem, count in iterable.items():
                        self[elem] = count + self[elem]
                else:
                    dict.update(self, iterable)
            else:
                for elem in iterable:
                    self[elem] = self[elem] + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, **kwds):
        if iterable is not None:
            if isinstance(iterable, dict):
                for elem, count in iterable.items():
                    self[elem] = self[elem] - count
            else:
                for elem in iterable:
                    self[elem] = self[elem] - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        return self.__class__(self)

    def __delitem__(self, elem):
        if elem in self:
            dict.__delitem__(self, elem)

    def __eq__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] == other[e] for c in (self, other) for e in c)

    def __ne__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return not self == other

    def __le__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] <= other[e] for c in (self, other) for e in c)

    def __lt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return all(self[e] >= other[e] for c in (self, other) for e in c)

    def __gt__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    def __repr__(self):
        if not self:
            return "%s()" % self.__class__.__name__
        try:
            d = dict(self.most_common())
        except TypeError:
            d = dict(self)
        return "%s(%r)" % (self.__class__.__name__, d)

    def _combine(self, other, pick):
        """A new Counter holding, for each element of self then each new one of other,
        pick(count here, count there) when that is positive (a missing count is 0)."""
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            kept = pick(count, other[elem])
            if kept > 0:
                result[elem] = kept
        for elem, count in other.items():
            if elem not in self:
                kept = pick(0, count)
                if kept > 0:
                    result[elem] = kept
        return result

    def __add__(self, other):
        return self._combine(other, _sum_counts)

    def __sub__(self, other):
        return self._combine(other, _subtract_counts)

    def __or__(self, other):
        return self._combine(other, _larger_count)

    def __and__(self, other):
        return self._combine(other, _smaller_count)

    def __pos__(self):
        return Counter()._combine(self, _sum_counts)

    def __neg__(self):
        return Counter()._combine(self, _subtract_counts)

    def _keep_positive(self):
        for elem in [e for e, c in self.items() if not c > 0]:
            dict.__delitem__(self, elem)
        return self

    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, other_count in other.items():
            if other_count > self[elem]:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in self.items():
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()


# ---- OrderedDict --------------------------------------------------------------------------


class OrderedDict(dict):
    """dict that remembers insertion order (as dict does) with reordering methods."""

    def __init__(self, *args, **kwds):
        # its iterators then fail as OrderedDict's do when keys change under them
        _mark_ordered(self)
        if len(args) > 1:
            raise TypeError("expected at most 1 arguments, got %d" % len(args))
        dict.__init__(self, *args, **kwds)

    def __reduce__(self):
        # As CPython's: no arguments, the instance's attributes as the state,
        # the items appended after.
        state = dict(vars(self)) or None
        return self.__class__, (), state, None, iter(self.items())

    def popitem(self, last=True):
        if not self:
            raise KeyError("dictionary is empty")
        if last:
            return dict.popitem(self)
        key = next(iter(self))
        return key, dict.pop(self, key)

    def move_to_end(self, key, last=True):
        value = dict.pop(self, key)
        if last:
            dict.__setitem__(self, key, value)
            return
        rest = list(self.items())
        dict.clear(self)
        dict.__setitem__(self, key, value)
        for k, v in rest:
            dict.__setitem__(self, k, v)

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return dict.__eq__(self, other) and list(self) == list(other)
        return dict.__eq__(self, other)

    def __ne__(self, other):
        return not self == other

    @_recursive_repr()
    def __repr__(self):
        if not self:
            return "%s()" % (self.__class__.__name__,)
        return "%s(%r)" % (self.__class__.__name__, list(self.items()))

    def __reversed__(self):
        return reversed(list(self))

    def copy(self):
        return self.__class__(self)

    __copy__ = copy

    @classmethod
    def fromkeys(cls, iterable, value=None):
        self = cls()
        for key in iterable:
            self[key] = value
        return self

    def __or__(self, other):
        return _dict_union(other, lambda: self.__class__(self), other)

    def __ror__(self, other):
        return _dict_union(other, lambda: self.__class__(other), self)

    def __ior__(self, other):
        self.update(other)
        return self


# ---- deque ------------------------------------------------------------------------------

# A block-linked deque in C (runtime/deque.c), as CPython's _collections.deque.
from _collections import deque


# ---- ChainMap -----------------------------------------------------------------------------


class ChainMap(_MutableMapping):
    """Several mappings seen as one: lookups search them in order, writes go to the first."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    # ---- reading: every layer, the first that has the key wins

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        # asked of each layer, so a layer's own __missing__ (a defaultdict) answers
        for layer in self.maps:
            try:
                return layer[key]
            except KeyError:
                continue
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __bool__(self):
        return any(self.maps)

    def __contains__(self, key):
        return any(key in layer for layer in self.maps)

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        # each key once, in the order of the deepest layer that has it first
        order = {}
        for layer in self.maps[::-1]:
            order.update(dict.fromkeys(layer))
        return iter(order)

    @_recursive_repr()
    def __repr__(self):
        return "%s(%s)" % (self.__class__.__name__, ", ".join(map(repr, self.maps)))

    @classmethod
    def fromkeys(cls, iterable, *args):
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        head, *rest = self.maps
        return self.__class__(head.copy(), *rest)

    __copy__ = copy

    @property
    def parents(self):
        return self.__class__(*self.maps[1:])

    def new_child(self, m=None, **kwargs):
        front = kwargs if m is None else m
        if kwargs and front is not kwargs:
            front.update(kwargs)
        return self.__class__(front, *self.maps)

    # ---- writing: the first layer only

    def __setitem__(self, key, value):
        self.maps[0][key] = value  # shadows the key in the later layers

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise _not_in_first(key) from None

    def pop(self, key, *args):
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise _not_in_first(key) from None

    def popitem(self):
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError("No keys found in the first mapping.") from None

    def clear(self):
        self.maps[0].clear()

    def __or__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        merged = self.copy()
        merged.maps[0].update(other)
        return merged

    def __ror__(self, other):
        if not isinstance(other, _Mapping):
            return NotImplemented
        flat = dict(other)
        for layer in self.maps[::-1]:
            flat.update(layer)
        return self.__class__(flat)

    def __ior__(self, other):
        self.maps[0].update(other)
        return self


def _not_in_first(key):
    return KeyError("Key not found in the first mapping: %r" % (key,))


# ---- UserDict, UserList, UserString --------------------------------------------------------
# Classes that keep their value in `self.data` (a dict, list or str), for subclassing
# before the builtins could be; every operation goes through the wrapped value.


class UserDict(_MutableMapping):
    """A mapping over the dict self.data."""

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        sources = [] if dict is None else [dict]
        if kwargs:
            sources.append(kwargs)
        for source in sources:
            self.update(source)

    def __getitem__(self, key):
        data = self.data
        if key in data:
            return data[key]
        # a subclass may answer missing keys, as dict subclasses do
        missing = getattr(self.__class__, "__missing__", None)
        if missing is None:
            raise KeyError(key)
        return missing(self, key)

    def __iter__(self):
        return iter(self.data)

    def __len__(self):
        return len(self.data)

    def __contains__(self, key):
        return key in self.data

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __repr__(self):
        return repr(self.data)

    def __or__(self, other):
        if isinstance(other, UserDict):
            other = other.data
        elif not isinstance(other, dict):
            return NotImplemented
        return self.__class__(self.data | other)

    def __ror__(self, other):
        if isinstance(other, UserDict):
            other = other.data
        elif not isinstance(other, dict):
            return NotImplemented
        return self.__class__(other | self.data)

    def __ior__(self, other):
        self.data |= other.data if isinstance(other, UserDict) else other
        return self

    def __copy__(self):
        cls = self.__class__
        clone = cls.__new__(cls)
        state = dict(self.__dict__)
        state["data"] = state["data"].copy()
        clone.__dict__.update(state)
        return clone

    def copy(self):
        if self.__class__ is UserDict:
            return UserDict(self.data.copy())
        # a subclass: copy.copy (keeping its other attributes) while data is empty, then
        # filled through its own update()
        import copy
        saved, self.data = self.data, {}
        try:
            clone = copy.copy(self)
        finally:
            self.data = saved
        clone.update(self)
        return clone

    @classmethod
    def fromkeys(cls, iterable, value=None):
        made = cls()
        for key in iterable:
            made[key] = value
        return made


# ---- the shared machinery of UserList and UserString: most of their methods hand the
# call to the wrapped value, from tables of names


def _forward(owner, name, rewrap):
    """owner's method name: self.data's method of that name, its answer given back as
    an instance of the class when rewrap (the str methods that make a new str)."""
    if rewrap:
        def method(self, *args, **kwargs):
            return self.__class__(getattr(self.data, name)(*args, **kwargs))
    else:
        def method(self, *args, **kwargs):
            return getattr(self.data, name)(*args, **kwargs)
    method.__name__ = name
    method.__qualname__ = owner.__name__ + "." + name
    return method


def _apply_to_data(owner, name, function):
    # owner's method name: function(self.data) (len, repr, int, ...)
    def method(self):
        return function(self.data)
    method.__name__ = name
    method.__qualname__ = owner.__name__ + "." + name
    return method


_ORDERINGS = {
    "__eq__": lambda mine, theirs: mine == theirs,
    "__lt__": lambda mine, theirs: mine < theirs,
    "__le__": lambda mine, theirs: mine <= theirs,
    "__gt__": lambda mine, theirs: mine > theirs,
    "__ge__": lambda mine, theirs: mine >= theirs,
}


def _ordering(owner, name, test):
    # owner's name (== < ...): test on the wrapped values, another owner counting as its data
    def method(self, other):
        return test(self.data, other.data if isinstance(other, owner) else other)
    method.__name__ = name
    method.__qualname__ = owner.__name__ + "." + name
    return method


def _delegate(owner, forwarded=(), rewrapped=(), applied=()):
    """Gives owner the orderings and its table-made methods (see _forward and
    _apply_to_data), then recomputes which of its abstract methods remain."""
    for name, test in _ORDERINGS.items():
        setattr(owner, name, _ordering(owner, name, test))
    for name in forwarded:
        setattr(owner, name, _forward(owner, name, False))
    for name in rewrapped:
        setattr(owner, name, _forward(owner, name, True))
    for name, function in applied:
        setattr(owner, name, _apply_to_data(owner, name, function))
    _update_abstractmethods(owner)


def _unwrapped_list(other):
    # what a UserList is concatenated with, as a list
    if isinstance(other, UserList):
        return other.data
    return other if isinstance(other, list) else list(other)


class UserList(_MutableSequence):
    """A mutable sequence over the list self.data."""

    __hash__ = None

    def __init__(self, initlist=None):
        # the UserList never shares the list it was given
        self.data = [] if initlist is None else list(
            initlist.data if isinstance(initlist, UserList) else initlist)

    def __getitem__(self, i):
        # a slice is a UserList (of the same class) too
        if isinstance(i, slice):
            return self.__class__(self.data[i])
        return self.data[i]

    def __add__(self, other):
        return self.__class__(self.data + _unwrapped_list(other))

    def __radd__(self, other):
        return self.__class__(_unwrapped_list(other) + self.data)

    def __iadd__(self, other):
        self.data += _unwrapped_list(other)
        return self

    def __imul__(self, n):
        self.data *= n
        return self

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def extend(self, other):
        self.data.extend(other.data if isinstance(other, UserList) else other)

    def copy(self):
        return self.__class__(self)

    def __copy__(self):
        # the same class and attributes, with a list of its own
        clone = self.__class__.__new__(self.__class__)
        clone.__dict__.update(self.__dict__, data=list(self.data))
        return clone


_delegate(UserList,
          forwarded=("append", "insert", "pop", "remove", "clear", "count", "index",
                     "reverse", "sort", "__contains__", "__setitem__", "__delitem__"),
          applied=(("__len__", len), ("__repr__", repr)))


def _text(value):
    # a UserString's operand as a str
    if isinstance(value, UserString):
        return value.data
    return value if isinstance(value, str) else str(value)


def _plain(value):
    return value.data if isinstance(value, UserString) else value


class UserString(_Sequence):
    """A sequence of characters over the str self.data; the str methods that answer a
    str answer an instance of the class."""

    def __init__(self, seq):
        self.data = _text(seq)

    def __getnewargs__(self):
        return (self.data[:],)

    def __contains__(self, char):
        return _plain(char) in self.data

    def __getitem__(self, index):
        return self.__class__(self.data[index])

    def __add__(self, other):
        return self.__class__(self.data + _text(other))

    def __radd__(self, other):
        return self.__class__(_text(other) + self.data)

    def __mod__(self, args):
        return self.__class__(self.data % args)

    def __rmod__(self, template):
        return self.__class__(str(template) % self)

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    maketrans = str.maketrans

    # the methods taking a substring accept a UserString for it, and the
    # optional bounds by keyword (str's own take them by position only)
    def count(self, sub, start=0, end=_sys_maxsize):
        return self.data.count(_plain(sub), start, end)

    def find(self, sub, start=0, end=_sys_maxsize):
        return self.data.find(_plain(sub), start, end)

    def rfind(self, sub, start=0, end=_sys_maxsize):
        return self.data.rfind(_plain(sub), start, end)

    def index(self, sub, start=0, end=_sys_maxsize):
        return self.data.index(_plain(sub), start, end)

    def rindex(self, sub, start=0, end=_sys_maxsize):
        return self.data.rindex(_plain(sub), start, end)

    def startswith(self, prefix, start=0, end=_sys_maxsize):
        return self.data.startswith(prefix, start, end)

    def endswith(self, suffix, start=0, end=_sys_maxsize):
        return self.data.endswith(suffix, start, end)

    def replace(self, old, new, maxsplit=-1):
        return self.__class__(self.data.replace(_plain(old), _plain(new), maxsplit))

    def encode(self, encoding="utf-8", errors="strict"):
        return self.data.encode(encoding, errors)


_delegate(UserString,
          applied=(("__str__", str), ("__repr__", repr), ("__int__", int), ("__float__", float),
                   ("__complex__", complex), ("__hash__", hash), ("__len__", len)),
          rewrapped=("capitalize", "casefold", "center", "expandtabs", "ljust", "lower",
                     "lstrip", "removeprefix", "removesuffix", "rjust", "rstrip", "strip",
                     "swapcase", "title", "translate", "upper", "zfill"),
          forwarded=("isalpha", "isalnum", "isascii", "isdecimal", "isdigit", "isidentifier",
                     "islower", "isnumeric", "isprintable", "isspace", "istitle", "isupper",
                     "split", "rsplit", "splitlines", "partition", "rpartition", "join",
                     "format", "format_map"))

# CPython's start-up has imported collections.abc before a program runs, so programs
# reach it as an attribute after a bare `import collections`
from . import abc  # noqa: E402
