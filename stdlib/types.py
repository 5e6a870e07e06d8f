"""types for closured: names for the runtime's types, SimpleNamespace and
MappingProxyType."""

import sys as _sys
from _tbtypes import traceback as TracebackType, frame as FrameType
import _types

__all__ = ['FunctionType', 'LambdaType', 'CellType', 'MethodType', 'BuiltinFunctionType',
           'BuiltinMethodType', 'GeneratorType', 'ModuleType', 'CodeType', 'NoneType',
           'NotImplementedType', 'EllipsisType', 'SimpleNamespace', 'MappingProxyType', 'new_class',
           'prepare_class', 'resolve_bases',
           'GenericAlias', 'UnionType', 'TracebackType', 'FrameType', 'CoroutineType',
           'coroutine', 'GetSetDescriptorType', 'MemberDescriptorType']


def _f():
    pass


def _cell():
    x = 0

    def inner():
        return x
    return inner.__closure__[0]


def _gen():
    yield 1


async def _coro():
    pass


class _C:
    def _m(self):
        pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
CellType = type(_cell())
MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
GeneratorType = type(_gen())
_c = _coro()
CoroutineType = type(_c)
_c.close()
del _c, _coro
ModuleType = type(_sys)
CodeType = type(_f.__code__)
NoneType = type(None)
NotImplementedType = type(NotImplemented)
EllipsisType = type(...)
# the descriptors classes hold: computed attributes (function.__code__) and __slots__ entries
GetSetDescriptorType = type(FunctionType.__code__)


class _Slotted:
    __slots__ = ('_x',)


MemberDescriptorType = type(_Slotted._x)
del _f, _cell, _gen, _C, _Slotted


class SimpleNamespace:
    """An attribute bag: SimpleNamespace(a=1).a; printed namespace(a=1)."""

    def __init__(self, mapping_or_iterable=(), **kwargs):
        for k, v in dict(mapping_or_iterable).items():
            setattr(self, k, v)
        for k, v in kwargs.items():
            setattr(self, k, v)

    def __repr__(self):
        return 'namespace(%s)' % ', '.join('%s=%r' % kv for kv in self.__dict__.items())

    def __eq__(self, other):
        if isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented


SimpleNamespace.__module__ = 'types'


MappingProxyType = type(type.__dict__)


class GenericAlias:
    """list[int] and the like: an origin and its arguments."""

    def __init__(self, origin, args):
        self.__origin__ = origin
        self.__args__ = args if isinstance(args, tuple) else (args,)

    def __repr__(self):
        def r(a):
            if a is ...:
                return '...'
            if isinstance(a, type):
                return a.__qualname__ if a.__module__ == 'builtins' else '%s.%s' % (a.__module__, a.__qualname__)
            if isinstance(a, list):  # Callable[[int, str], bool]
                return '[%s]' % ', '.join(r(x) for x in a)
            return repr(a)
        return '%s[%s]' % (r(self.__origin__), ', '.join(r(a) for a in self.__args__))

    @property
    def __parameters__(self):
        return _alias_parameters(self.__args__)

    def __getitem__(self, items):
        # list[T][int]: the type variables replaced, in order, by the items
        params = self.__parameters__
        if not params:
            raise TypeError('%r is not a generic class' % (self,))
        items = items if isinstance(items, tuple) else (items,)
        if len(items) != len(params):
            raise TypeError('Too %s arguments for %r; actual %d, expected %d'
                            % ('many' if len(items) > len(params) else 'few', self,
                               len(items), len(params)))
        subst = dict(zip(params, items))
        return self._copy_with(tuple(_alias_subst(a, subst) for a in self.__args__))

    def _copy_with(self, args):
        return GenericAlias(self.__origin__, args)

    def __instancecheck__(self, obj):
        raise TypeError('isinstance() argument 2 cannot be a parameterized generic')

    def __subclasscheck__(self, cls):
        raise TypeError('issubclass() argument 2 cannot be a parameterized generic')

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __mro_entries__(self, bases):
        # class C(Mapping[str, int]) derives from Mapping (PEP 560)
        return (self.__origin__,)

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash(self.__origin__) ^ hash(self.__args__)

    def __or__(self, other):
        return _union(self, other)

    def __ror__(self, other):
        return _union(other, self)


def _alias_parameters(args):
    # the type variables among args, first seen first: a TypeVar itself (what has
    # __typing_subst__), or those of a generic alias argument; classes have none
    params = []
    for a in args:
        if isinstance(a, type):
            continue
        found = (a,) if hasattr(a, '__typing_subst__') else getattr(a, '__parameters__', ())
        for p in found:
            if p not in params:
                params.append(p)
    return tuple(params)


def _alias_subst(a, subst):
    # argument a with the type variables of subst replaced
    if isinstance(a, type):
        return a
    if hasattr(a, '__typing_subst__'):
        return subst.get(a, a)
    params = getattr(a, '__parameters__', ())
    if params:
        items = tuple(subst.get(p, p) for p in params)
        return a[items if len(items) > 1 else items[0]]
    return a


def _union_repr(a):
    if a is None or a is type(None):
        return 'None'
    if isinstance(a, GenericAlias):
        return repr(a)
    qualname, module = getattr(a, '__qualname__', None), getattr(a, '__module__', None)
    if qualname is None or module is None:
        return repr(a)
    return qualname if module == 'builtins' else '%s.%s' % (module, qualname)


class UnionType:
    """int | str (PEP 604): its __args__ are the alternatives, unions
    flattened, duplicates left out, None as NoneType. isinstance and
    issubclass take it as the tuple of its arguments."""

    def __init__(self, args):
        self.__args__ = args

    @property
    def __parameters__(self):
        params = []
        for a in self.__args__:
            for p in getattr(a, '__parameters__', ()):
                if p not in params:
                    params.append(p)
        return tuple(params)

    def __repr__(self):
        return ' | '.join(_union_repr(a) for a in self.__args__)

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __or__(self, other):
        return _union(self, other)

    def __ror__(self, other):
        return _union(other, self)

    def __instancecheck__(self, obj):
        return isinstance(obj, self._classes('isinstance'))

    def __subclasscheck__(self, cls):
        return issubclass(cls, self._classes('issubclass'))

    def _classes(self, fn):
        for a in self.__args__:
            if isinstance(a, GenericAlias):
                raise TypeError('%s() argument 2 cannot be a parameterized generic' % fn)
        return self.__args__


def _union(a, b):
    """a | b when both are classes, None, list[int]-style aliases or unions
    (type.__or__, which the runtime calls for class | class); else
    NotImplemented, so that the other operand's __ror__ may answer."""
    for x in (a, b):
        if not (x is None or isinstance(x, (type, GenericAlias, UnionType))):
            return NotImplemented
    args = []
    for x in (a, b):
        for item in x.__args__ if isinstance(x, UnionType) else (x,):
            if item is None:
                item = type(None)
            if item not in args:
                args.append(item)
    if len(args) == 1:
        return args[0]
    return UnionType(tuple(args))


def _calculate_meta(meta, bases):
    """The most derived of meta and the metaclasses of bases (TypeError on a conflict)."""
    winner = meta
    for base_meta in map(type, bases):
        if issubclass(winner, base_meta):
            continue  # already at least as derived
        if not issubclass(base_meta, winner):
            raise TypeError("metaclass conflict: the metaclass of a derived class must be a "
                            "(non-strict) subclass of the metaclasses of all its bases")
        winner = base_meta
    return winner


def prepare_class(name, bases=(), kwds=None):
    """(metaclass, namespace, kwds) a class statement would use: the metaclass keyword
    removed from kwds, the namespace from the metaclass's __prepare__."""
    kwds = dict(kwds) if kwds else {}
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    ns = {}
    for klass in getattr(meta, '__mro__', (meta,)):
        if klass is type:
            break
        if '__prepare__' in getattr(klass, '__dict__', {}):
            ns = meta.__prepare__(name, bases, **kwds)
            break
    return meta, ns, kwds


def resolve_bases(bases):
    """bases with each entry that is not a class replaced by what its
    __mro_entries__(bases) gives (PEP 560); bases itself when none has one."""
    out = list(bases)
    changed = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        entries = getattr(base, '__mro_entries__', None)
        if entries is None:
            continue
        new = entries(bases)
        changed = True
        if not isinstance(new, tuple):
            raise TypeError('__mro_entries__ must return a tuple')
        out[i + shift:i + shift + 1] = new
        shift += len(new) - 1
    return tuple(out) if changed else bases


def new_class(name, bases=(), kwds=None, exec_body=None):
    """The class `class name(*bases, **kwds)` with a body that exec_body(ns) runs."""
    resolved = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved, kwds)
    if resolved is not bases:
        ns['__orig_bases__'] = bases
    if exec_body is not None:
        exec_body(ns)
    return meta(name, tuple(resolved), ns, **kwds)


def coroutine(func):
    """Makes a generator function usable with `await`: its code is marked
    (the function itself is returned). Another callable is wrapped so that
    a generator it returns is marked the same way."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')
    code = getattr(func, '__code__', None)
    if code is not None and type(func) is FunctionType and code.co_flags & 0x20:
        _types.mark_iterable_coroutine(func)
        return func

    def wrapped(*args, **kwargs):
        result = func(*args, **kwargs)
        if type(result) is GeneratorType and not result.gi_code.co_flags & 0x400:
            return _AwaitableGenerator(result)
        return result

    for name in ('__module__', '__name__', '__qualname__', '__doc__'):
        try:
            setattr(wrapped, name, getattr(func, name))
        except AttributeError:
            pass
    return wrapped


class _AwaitableGenerator:
    """A generator a types.coroutine-wrapped callable returned, made
    awaitable: its steps are the generator's."""

    def __init__(self, gen):
        self._gen = gen

    def __await__(self):
        return self._gen

    def __iter__(self):
        return self._gen

    def __next__(self):
        return next(self._gen)

    def send(self, value):
        return self._gen.send(value)

    def throw(self, *args):
        return self._gen.throw(*args)

    def close(self):
        return self._gen.close()


UnionType.__module__ = "types"
