"""copy for closured: shallow and deep copies.

copy(x) copies one level; deepcopy(x) copies recursively, keeping shared
and cyclic structure through a memo dict. Classes may define __copy__ and
__deepcopy__(memo); other objects are copied through CPython's reduce
protocol (__reduce_ex__/__reduce__, or __getnewargs__, __getstate__ and
__setstate__, the __dict__ and __slots__, a list's or dict's items).
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


def _own(cls, name):
    """The attribute name as a class in cls's MRO defines it (object's own
    default excluded), or None."""
    for c in cls.__mro__:
        if c is object:
            return None
        if name in c.__dict__:
            return c.__dict__[name]
    return None


def _slot_state(x):
    """The values of x's __slots__ (those set) as a dict, or None."""
    state = {}
    for c in type(x).__mro__:
        names = c.__dict__.get('__slots__', ())
        if isinstance(names, str):
            names = (names,)
        for name in names:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                name = '_%s%s' % (c.__name__.lstrip('_'), name)
            if name not in state and hasattr(x, name):
                state[name] = getattr(x, name)
    return state or None


def _reduce(x):
    """x as CPython's reduce protocol describes it: (callable, args, state,
    list items, dict items). A class's own __reduce_ex__ or __reduce__ wins;
    otherwise protocol 2's default: cls.__new__(cls, *__getnewargs__()), the
    state from __getstate__ or the instance's __dict__ and slots, and the
    items of a list or dict subclass."""
    cls = type(x)
    if _own(cls, '__reduce_ex__') is not None:
        rv = x.__reduce_ex__(4)
    elif _own(cls, '__reduce__') is not None:
        rv = x.__reduce__()
    else:
        if _own(cls, '__getnewargs_ex__') is not None:
            args, kwargs = x.__getnewargs_ex__()
        else:
            args = x.__getnewargs__() if _own(cls, '__getnewargs__') is not None else ()
            kwargs = {}
        if _own(cls, '__getstate__') is not None:
            state = x.__getstate__()
        else:
            state = getattr(x, '__dict__', None) or None
            slots = _slot_state(x)
            if slots is not None:
                state = (state, slots)
            elif state is None and not hasattr(x, '__dict__') and not isinstance(
                    x, (list, dict, tuple)):
                raise TypeError("cannot pickle '%s' object" % cls.__name__)
        listitems = iter(x) if isinstance(x, list) else None
        dictitems = iter(x.items()) if isinstance(x, dict) else None
        return (_new_with_kwargs, (cls, args, kwargs), state, listitems, dictitems)
    if isinstance(rv, str):
        return None
    rv = tuple(rv) + (None,) * (5 - len(rv))
    return rv


def _new_with_kwargs(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _reconstruct(x, memo, func, args, state=None, listitems=None, dictitems=None):
    """Builds the copy from x's reduction; deep when memo is not None."""
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:  # noted before the state is copied, which may lead back to x
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        setstate = getattr(y, '__setstate__', None) if _own(type(y), '__setstate__') else None
        if setstate is not None:
            setstate(state)
        else:
            slotstate = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            if state:
                y.__dict__.update(state)
            if slotstate:
                for k, v in slotstate.items():
                    setattr(y, k, v)
    if listitems is not None:
        for item in listitems:
            y.append(deepcopy(item, memo) if deep else item)
    if dictitems is not None:
        for k, v in dictitems:
            if deep:
                y[deepcopy(k, memo)] = deepcopy(v, memo)
            else:
                y[k] = v
    return y


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
    rv = _reduce(x)
    if rv is None:
        return x
    return _reconstruct(x, None, *rv)


def _tuple_items(x, memo):
    # a function of its own with the comprehension in it: the calls per level of nested
    # tuples are CPython's (deepcopy, its tuple copier, the comprehension), so the
    # recursion limit is reached at the same call
    return [deepcopy(a, memo) for a in x]


def deepcopy(x, memo=None, _nil=[]):
    """A deep copy of x: containers and instances copied recursively, shared
    and cyclic references preserved (memo maps id(original) -> copy)."""
    if memo is None:
        memo = {}
    d = id(x)
    if d in memo:  # copied already: a shared or cyclic reference
        return memo[d]
    cls = type(x)
    # lists, dicts and tuples first, before _is_atomic's call: down a structure nested
    # past the recursion limit, id() above is what reaches the limit first, as in
    # CPython's (RecursionError "... while calling a Python object")
    if cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is tuple:
        items = _tuple_items(x, memo)
        # a tuple whose items all stayed the same is itself
        y = x
        for i in range(len(x)):
            if items[i] is not x[i]:
                y = tuple(items)
                break
        if d in memo:
            return memo[d]
    elif _is_atomic(x):
        y = x
    elif cls is set:
        y = set(deepcopy(a, memo) for a in x)
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
            rv = _reduce(x)
            y = x if rv is None else _reconstruct(x, memo, *rv)
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
