"""weakref: references that do not keep their object alive.

ref is the runtime's own type (_weakref): calling a reference gives the
object or None once the object is gone, and the optional callback runs with
the reference when that happens. The dictionaries and finalize below are
built on it, in the subset itself. A weak reference is how a registry of
closures avoids keeping them alive; closured's heap graph shows it as a
non-owning edge.
"""

from _weakref import ref, getweakrefcount, getweakrefs, ReferenceType

__all__ = ["ref", "ReferenceType", "getweakrefcount", "getweakrefs", "WeakValueDictionary",
           "WeakKeyDictionary", "WeakMethod", "WeakSet", "finalize", "proxy", "ProxyType",
           "CallableProxyType", "ProxyTypes"]


def _value_remover(selfref, key):
    # the callback of a value's reference: drops the entry if the dictionary
    # still exists and still maps key to that same reference
    def remove(wr):
        self = selfref()
        if self is not None and self._data.get(key) is wr:
            del self._data[key]
    return remove


class WeakValueDictionary:
    """Mapping whose values are held weakly: an entry disappears with its value."""

    def __init__(self, other=(), **kw):
        self._data = {}
        self._selfref = ref(self)
        self.update(other, **kw)

    def __getitem__(self, key):
        o = self._data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __setitem__(self, key, value):
        self._data[key] = ref(value, _value_remover(self._selfref, key))

    def __delitem__(self, key):
        del self._data[key]

    def __contains__(self, key):
        wr = self._data.get(key)
        return wr is not None and wr() is not None

    def __len__(self):
        return sum(1 for wr in list(self._data.values()) if wr() is not None)

    def __iter__(self):
        for key, wr in list(self._data.items()):
            if wr() is not None:
                yield key

    def __repr__(self):
        return "<WeakValueDictionary at %#x>" % id(self)

    def get(self, key, default=None):
        wr = self._data.get(key)
        if wr is None:
            return default
        o = wr()
        return default if o is None else o

    def keys(self):
        return list(self)

    def values(self):
        return [o for o in (wr() for wr in list(self._data.values())) if o is not None]

    def items(self):
        out = []
        for key, wr in list(self._data.items()):
            o = wr()
            if o is not None:
                out.append((key, o))
        return out

    def itervaluerefs(self):
        return iter(list(self._data.values()))

    def valuerefs(self):
        return list(self._data.values())

    def pop(self, key, *args):
        try:
            o = self._data.pop(key)()
        except KeyError:
            o = None
        if o is None:
            if args:
                return args[0]
            raise KeyError(key)
        return o

    def popitem(self):
        while True:
            key, wr = self._data.popitem()
            o = wr()
            if o is not None:
                return key, o

    def setdefault(self, key, default=None):
        o = self.get(key)
        if o is None:
            self[key] = default
            return default
        return o

    def update(self, other=(), **kw):
        if hasattr(other, "items"):
            other = other.items()
        for key, value in other:
            self[key] = value
        for key, value in kw.items():
            self[key] = value

    def clear(self):
        self._data.clear()

    def copy(self):
        new = WeakValueDictionary()
        for key, value in self.items():
            new[key] = value
        return new


def _key_remover(selfref):
    def remove(wr):
        self = selfref()
        if self is not None:
            self._data.pop(wr, None)
    return remove


class WeakSet:
    """A set whose items are held weakly: an item leaves the set when it dies."""

    def __init__(self, data=None):
        self.data = set()
        self._remove = _key_remover_set(ref(self))
        if data is not None:
            self.update(data)

    def __iter__(self):
        for item_ref in list(self.data):
            item = item_ref()
            if item is not None:
                yield item

    def __len__(self):
        return sum(1 for r in self.data if r() is not None)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:  # an object that cannot be weakly referenced is never in it
            return False
        return wr in self.data

    def add(self, item):
        self.data.add(ref(item, self._remove))

    def discard(self, item):
        self.data.discard(ref(item))

    def remove(self, item):
        self.data.remove(ref(item))

    def pop(self):
        while True:
            try:
                item_ref = self.data.pop()
            except KeyError:
                raise KeyError('pop from empty WeakSet') from None
            item = item_ref()
            if item is not None:
                return item

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    __copy__ = copy

    def update(self, other):
        for item in other:
            self.add(item)

    def __ior__(self, other):
        self.update(other)
        return self

    # ---- the set algebra, done on the sets of weak references

    def _refs(self, items, watched=False):
        """Weak references to items; watched ones take themselves out of this set when
        their item dies."""
        if watched:
            return (ref(item, self._remove) for item in items)
        return (ref(item) for item in items)

    def _copy_then(self, method, other):
        # The new set is a copy that method (an in-place update) then changes.
        result = self.copy()
        getattr(result, method)(other)
        return result

    def union(self, other):
        return self._copy_then('update', other)

    def intersection(self, other):
        common = self.__class__()
        common.update(item for item in other if item in self)
        return common

    def difference(self, other):
        return self._copy_then('difference_update', other)

    def symmetric_difference(self, other):
        return self._copy_then('symmetric_difference_update', other)

    __or__, __and__, __sub__, __xor__ = union, intersection, difference, symmetric_difference

    def intersection_update(self, other):
        self.__iand__(other)

    def difference_update(self, other):
        self.__isub__(other)

    def symmetric_difference_update(self, other):
        self.__ixor__(other)

    def __iand__(self, other):
        self.data.intersection_update(self._refs(other))
        return self

    # With itself as other, the in-place difference and symmetric difference empty the set
    # (its references must not be read while they change).
    def __isub__(self, other):
        if self is other:
            self.data.clear()
        else:
            self.data.difference_update(self._refs(other))
        return self

    def __ixor__(self, other):
        if self is other:
            self.data.clear()
        else:
            self.data.symmetric_difference_update(self._refs(other, watched=True))
        return self

    def isdisjoint(self, other):
        return not self.intersection(other)

    def issubset(self, other):
        return self.data.issubset(self._refs(other))

    def issuperset(self, other):
        return self.data.issuperset(self._refs(other))

    __le__, __ge__ = issubset, issuperset

    def __lt__(self, other):
        return self.data < set(self._refs(other))

    def __gt__(self, other):
        return self.data > set(self._refs(other))

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.data == set(self._refs(other))

    __hash__ = None

    def __repr__(self):
        return repr(self.data)


def _key_remover_set(selfref):
    def remove(wr):
        self = selfref()
        if self is not None:
            self.data.discard(wr)
    return remove


class WeakKeyDictionary:
    """Mapping whose keys are held weakly: an entry disappears with its key."""

    def __init__(self, dict=None):
        self._data = {}
        self._remove = _key_remover(ref(self))
        if dict is not None:
            self.update(dict)

    def __getitem__(self, key):
        return self._data[ref(key)]

    def __setitem__(self, key, value):
        self._data[ref(key, self._remove)] = value

    def __delitem__(self, key):
        del self._data[ref(key)]

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self._data

    def __len__(self):
        return sum(1 for wr in list(self._data) if wr() is not None)

    def __iter__(self):
        for wr in list(self._data):
            o = wr()
            if o is not None:
                yield o

    def __repr__(self):
        return "<WeakKeyDictionary at %#x>" % id(self)

    def get(self, key, default=None):
        return self._data.get(ref(key), default)

    def keys(self):
        return list(self)

    def values(self):
        return [v for wr, v in list(self._data.items()) if wr() is not None]

    def items(self):
        out = []
        for wr, v in list(self._data.items()):
            o = wr()
            if o is not None:
                out.append((o, v))
        return out

    def keyrefs(self):
        return list(self._data)

    def pop(self, key, *args):
        return self._data.pop(ref(key), *args)

    def setdefault(self, key, default=None):
        return self._data.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, **kwargs):
        if dict is not None:
            if hasattr(dict, "items"):
                dict = dict.items()
            for key, value in dict:
                self[key] = value
        for key, value in kwargs.items():
            self[key] = value

    def clear(self):
        self._data.clear()


class WeakMethod:
    """A weak reference to a bound method: alive while both its object and function are."""

    def __init__(self, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}".format(type(meth)))
        selfref = None

        def on_death(wr):
            me = selfref() if selfref is not None else None
            if me is not None and not me._dead:
                me._dead = True
                if me._callback is not None:
                    me._callback(me)

        self._obj_ref = ref(obj, on_death)
        self._func_ref = ref(func, on_death)
        self._callback = callback
        self._dead = False
        selfref = ref(self)

    def __call__(self):
        obj = self._obj_ref()
        func = self._func_ref()
        if obj is None or func is None:
            return None
        # the bound method, as the object's attribute gives it back
        meth = getattr(obj, func.__name__, None)
        if getattr(meth, "__func__", None) is func:
            return meth
        return lambda *args, **kwargs: func(obj, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            if self._dead or other._dead:
                return self is other
            return self._obj_ref == other._obj_ref and self._func_ref == other._func_ref
        return NotImplemented

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __hash__(self):
        return hash((self._obj_ref, self._func_ref))


class finalize:
    """finalize(obj, func, *args, **kwargs): func(*args, **kwargs) runs once, when obj dies
    or when the finalizer is called, whichever comes first.

    Unlike CPython's, pending finalizers do not run at interpreter exit."""

    _registry = {}
    _serial = 0

    def __init__(self, obj, func, *args, **kwargs):
        finalize._serial += 1
        self._key = finalize._serial
        info = (func, args, kwargs or None)
        registry = finalize._registry
        key = self._key

        def on_death(wr):
            entry = registry.pop(key, None)
            if entry is not None:
                f, a, k = entry[1]
                f(*a, **(k or {}))

        self._ref = ref(obj, on_death)
        registry[key] = (self._ref, info)
        self.atexit = True

    def __call__(self, _=None):
        entry = finalize._registry.pop(self._key, None)
        if entry is not None:
            func, args, kwargs = entry[1]
            return func(*args, **(kwargs or {}))

    def detach(self):
        entry = finalize._registry.pop(self._key, None)
        if entry is not None:
            obj = entry[0]()
            if obj is not None:
                func, args, kwargs = entry[1]
                return obj, func, args, kwargs or {}
        return None

    def peek(self):
        entry = finalize._registry.get(self._key)
        if entry is not None:
            obj = entry[0]()
            if obj is not None:
                func, args, kwargs = entry[1]
                return obj, func, args, kwargs or {}
        return None

    @property
    def alive(self):
        return self._key in finalize._registry

    def __repr__(self):
        entry = finalize._registry.get(self._key)
        obj = entry[0]() if entry is not None else None
        if obj is None:
            return "<finalize object at %#x; dead>" % id(self)
        return "<finalize object at %#x; for %r at %#x>" % (id(self), type(obj).__name__, id(obj))


# ---- proxies: objects standing for a weakly held one ------------------------------------

def _referent(p):
    # the object p stands for, or ReferenceError once it is gone
    target = object.__getattribute__(p, "_ProxyType__wr")()
    if target is None:
        raise ReferenceError("weakly-referenced object no longer exists")
    return target


class ProxyType:
    """What proxy(obj) gives for an object that is not callable: every attribute
    and operation goes to obj while it lives, ReferenceError after."""

    __slots__ = ("_ProxyType__wr", "__weakref__")

    def __init__(self, obj, callback=None):
        if callback is None:
            wr = ref(obj)
        else:
            me = ref(self)

            def forward(_wr):
                p = me()
                if p is not None:
                    callback(p)
            wr = ref(obj, forward)
        object.__setattr__(self, "_ProxyType__wr", wr)

    def __getattribute__(self, name):
        return getattr(_referent(self), name)

    def __setattr__(self, name, value):
        setattr(_referent(self), name, value)

    def __delattr__(self, name):
        delattr(_referent(self), name)

    def __repr__(self):
        target = object.__getattribute__(self, "_ProxyType__wr")()
        return "<weakproxy at %#x; %s>" % (
            id(self), "dead" if target is None else
            "to %s at %#x" % (type(target).__name__, id(target)))

    def __str__(self):
        return str(_referent(self))

    def __bytes__(self):
        return bytes(_referent(self))

    def __bool__(self):
        return bool(_referent(self))

    def __hash__(self):
        raise TypeError("unhashable type: 'weakref.%s'" % type(self).__name__)

    def __iter__(self):
        return iter(_referent(self))

    def __next__(self):
        return next(_referent(self))

    def __reversed__(self):
        return reversed(_referent(self))

    def __index__(self):
        return _referent(self).__index__()


def _forwarder(name):
    def method(self, *args):
        return getattr(_referent(self), name)(*args)
    method.__name__ = name
    return method


for _name in ("__len__", "__contains__", "__getitem__", "__setitem__", "__delitem__",
              "__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__", "__abs__",
              "__neg__", "__pos__", "__invert__", "__int__", "__float__",
              "__add__", "__sub__", "__mul__", "__truediv__", "__floordiv__", "__mod__",
              "__pow__", "__lshift__", "__rshift__", "__and__", "__or__", "__xor__",
              "__matmul__", "__divmod__", "__radd__", "__rsub__", "__rmul__", "__rtruediv__",
              "__rfloordiv__", "__rmod__", "__rpow__", "__rlshift__", "__rrshift__",
              "__rand__", "__ror__", "__rxor__", "__rmatmul__", "__rdivmod__",
              "__iadd__", "__isub__", "__imul__", "__itruediv__", "__ifloordiv__",
              "__imod__", "__ipow__", "__ilshift__", "__irshift__", "__iand__", "__ior__",
              "__ixor__", "__imatmul__"):
    setattr(ProxyType, _name, _forwarder(_name))
del _name


class CallableProxyType(ProxyType):
    """What proxy(obj) gives for a callable object: a proxy that can be called."""

    __slots__ = ()

    def __call__(self, *args, **kwargs):
        return _referent(self)(*args, **kwargs)


ProxyType.__module__ = CallableProxyType.__module__ = "weakref"
ProxyTypes = (ProxyType, CallableProxyType)


def proxy(obj, callback=None):
    """A proxy standing for obj, held weakly (callback(proxy) once obj is gone)."""
    ref(obj)  # TypeError for what cannot be weakly referred to
    return (CallableProxyType if callable(obj) else ProxyType)(obj, callback)
