"""types for closured: names for the runtime's types, SimpleNamespace and
MappingProxyType."""

import sys as _sys

__all__ = ['FunctionType', 'LambdaType', 'CellType', 'MethodType', 'BuiltinFunctionType',
           'BuiltinMethodType', 'GeneratorType', 'ModuleType', 'CodeType', 'NoneType',
           'NotImplementedType', 'EllipsisType', 'SimpleNamespace', 'MappingProxyType', 'new_class',
           'GenericAlias']


def _f():
    pass


def _cell():
    x = 0

    def inner():
        return x
    return inner.__closure__[0]


def _gen():
    yield 1


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
ModuleType = type(_sys)
CodeType = type(_f.__code__)
NoneType = type(None)
NotImplementedType = type(NotImplemented)
EllipsisType = type(...)
del _f, _cell, _gen, _C


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


class MappingProxyType:
    """A read-only view of a mapping: reads go through, writes raise."""

    def __init__(self, mapping):
        if not isinstance(mapping, dict) and not (hasattr(mapping, 'keys') and
                                                  hasattr(mapping, '__getitem__')):
            raise TypeError("mappingproxy() argument must be a mapping, not %s"
                            % type(mapping).__name__)
        self._mapping = mapping

    def __getitem__(self, key):
        return self._mapping[key]

    def __setitem__(self, key, value):
        raise TypeError("'mappingproxy' object does not support item assignment")

    def __delitem__(self, key):
        raise TypeError("'mappingproxy' object does not support item deletion")

    def __contains__(self, key):
        return key in self._mapping

    def __iter__(self):
        return iter(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __eq__(self, other):
        return self._mapping == other

    def __repr__(self):
        return 'mappingproxy(%r)' % (self._mapping,)

    def __or__(self, other):
        d = dict(self._mapping)
        d.update(other)
        return d

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def copy(self):
        return self._mapping.copy()


MappingProxyType.__name__ = MappingProxyType.__qualname__ = 'mappingproxy'


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
            return repr(a)
        return '%s[%s]' % (r(self.__origin__), ', '.join(r(a) for a in self.__args__))

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)


def new_class(name, bases=(), kwds=None, exec_body=None):
    """type(name, bases, ns) after exec_body(ns) fills the namespace."""
    ns = {}
    if exec_body is not None:
        exec_body(ns)
    return type(name, tuple(bases), ns)
