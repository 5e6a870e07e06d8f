"""copy for closured: shallow and deep copies.

copy(x) copies one level; deepcopy(x) copies recursively, keeping shared
and cyclic structure through a memo dict. Classes may define __copy__ and
__deepcopy__(memo); other instances are copied through their __dict__.
Functions, classes, modules and immutable atoms are returned as they are
(CPython's rule: a closure is shared by both copies)."""

__all__ = ['Error', 'copy', 'deepcopy', 'replace']


class Error(Exception):
    pass


error = Error

import builtins as _builtins

_atomic = (type(None), int, float, bool, str, type, range, type(len), type(lambda: 0),
           type(NotImplemented))
for _name in ('complex', 'bytes', 'frozenset'):
    if hasattr(_builtins, _name):
        _atomic += (getattr(_builtins, _name),)
if hasattr(_builtins, 'Ellipsis'):
    _atomic += (type(_builtins.Ellipsis),)
del _name


def _is_atomic(x):
    return isinstance(x, _atomic) or type(x).__name__ in ('module', 'property', 'code', 'bytes',
                                                         'frozenset')


def copy(x):
    """A shallow copy of x."""
    cls = type(x)
    if _is_atomic(x):
        return x
    if cls is list:
        return x[:]
    if cls is dict:
        return x.copy()
    if cls is set:
        return x.copy()
    if cls is tuple:
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    return _copy_instance(x)


def _copy_instance(x):
    cls = type(x)
    if not hasattr(x, '__dict__'):
        raise Error('un(shallow)copyable object of type %s' % cls)
    y = object.__new__(cls)
    for k, v in x.__dict__.items():
        object.__setattr__(y, k, v)
    return y


def deepcopy(x, memo=None, _nil=[]):
    """A deep copy of x: containers and instances copied recursively, shared
    and cyclic references preserved (memo maps id(original) -> copy)."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if _is_atomic(x):
        y = x
    elif cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is set:
        y = set(deepcopy(a, memo) for a in x)
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        # a tuple whose items all stayed the same is itself
        y = x
        for i in range(len(x)):
            if items[i] is not x[i]:
                y = tuple(items)
                break
        if d in memo:
            return memo[d]
    elif cls.__name__ == 'deque' and cls.__module__ == 'collections':
        y = cls(maxlen=x.maxlen)
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        else:
            if not hasattr(x, '__dict__'):
                raise Error('un(deep)copyable object of type %s' % cls)
            y = object.__new__(cls)
            memo[d] = y
            for k, v in x.__dict__.items():
                object.__setattr__(y, k, deepcopy(v, memo))
    if y is not x:
        memo[d] = y
        # keep x alive while the memo refers to its id (CPython's _keep_alive)
        memo.setdefault(id(memo), []).append(x)
    return y


def replace(obj, **changes):
    """A copy of obj with some fields changed (obj.__replace__)."""
    cls = obj.__class__
    func = getattr(cls, '__replace__', None)
    if func is None:
        raise TypeError("replace() does not support %s objects" % cls.__name__)
    return func(obj, **changes)
