"""copyreg for closured: the registry of reduction functions that pickling and
copying code consults (dispatch_table, pickle(), constructor()), the
reconstructors object.__reduce_ex__ names (__newobj__, __newobj_ex__,
_reconstructor), and the defaults object's __reduce_ex__, __reduce__ and
__getstate__ are made of (_reduce_ex for protocols 0 and 1, _reduce_2 above).
The extension registry (add_extension and the like) keeps its tables but no
pickler reads them."""

__all__ = ['pickle', 'constructor', 'add_extension', 'remove_extension', 'clear_extension_cache']

dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    if not callable(object):
        raise TypeError("constructors must be callable")


def _reconstructor(cls, base, state):
    """Rebuilds what _reduce_ex saved: a cls instance made by base from state (object
    takes no state)."""
    if base is object:
        return object.__new__(cls)
    obj = base.__new__(cls, state)
    if base.__init__ != object.__init__:  # base's own __init__ sees the state too
        base.__init__(obj, state)
    return obj


def __newobj__(cls, *args):
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    return cls.__new__(cls, *args, **kwargs)


def _slotnames(cls):
    """The names of cls's slots along its MRO (private names mangled), cached
    as cls.__slotnames__ when the class allows it."""
    names = cls.__dict__.get("__slotnames__")
    if names is not None:
        return names
    names = []
    for c in cls.__mro__:
        slots = c.__dict__.get("__slots__", ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ("__dict__", "__weakref__"):
                continue
            if name.startswith('__') and not name.endswith('__'):
                stripped = c.__name__.lstrip('_')
                if stripped:
                    name = '_%s%s' % (stripped, name)
            names.append(name)
    try:
        cls.__slotnames__ = names
    except (AttributeError, TypeError):
        pass
    return names


def _getstate(obj):
    """object.__getstate__(): the instance dict (None when there is none or
    it is empty and there are no slots), with the set slots as a second dict."""
    state = getattr(obj, '__dict__', None) or None
    slots = {}
    for name in _slotnames(type(obj)):
        try:
            slots[name] = getattr(obj, name)
        except AttributeError:
            pass
    if slots:
        return (state, slots)
    return state


def _reduce_2(obj):
    cls = type(obj)
    getnewargs_ex = getattr(obj, '__getnewargs_ex__', None)
    if getnewargs_ex is not None:
        args, kwargs = getnewargs_ex()
    else:
        getnewargs = getattr(obj, '__getnewargs__', None)
        args = getnewargs() if getnewargs is not None else ()
        kwargs = {}
    state = obj.__getstate__()
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    if kwargs:
        return (__newobj_ex__, (cls, args, kwargs), state, listitems, dictitems)
    return (__newobj__, (cls,) + tuple(args), state, listitems, dictitems)


def _reduce_ex(obj, proto):
    cls = type(obj)
    for base in cls.__mro__:
        if base.__module__ == 'builtins':  # the first class not written in Python
            break
    else:
        base = object
    state = None if base is object else base(obj)
    args = (cls, base, state)
    # object's own __getstate__ unless a class on the way defines one (a builtin
    # method is made anew on each lookup, so the test is by the class dicts)
    own = any('__getstate__' in vars(klass) for klass in cls.__mro__ if klass is not object)
    if not own and getattr(obj, '__slots__', None):
        raise TypeError('a class that defines __slots__ without defining __getstate__ '
                        'cannot be pickled')
    dict_ = obj.__getstate__()
    if dict_:
        return _reconstructor, args, dict_
    return _reconstructor, args


def _object_reduce_ex(obj, proto):
    # A class that defines __reduce__ (and leaves __reduce_ex__ to object) is
    # reduced by its own method, at any protocol.
    for klass in type(obj).__mro__:
        if klass is object:
            break
        if '__reduce__' in klass.__dict__:
            return obj.__reduce__()
    if proto >= 2:
        return _reduce_2(obj)
    return _reduce_ex(obj, proto)


_extension_registry = {}
_inverted_registry = {}
_extension_cache = {}


def add_extension(module, name, code):
    code = int(code)
    if not 1 <= code <= 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    if _extension_registry.get(key) == code and _inverted_registry.get(code) == key:
        return
    if key in _extension_registry:
        raise ValueError("key %s is already registered with code %s"
                         % (key, _extension_registry[key]))
    if code in _inverted_registry:
        raise ValueError("code %s is already in use for key %s" % (code, _inverted_registry[code]))
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    key = (module, name)
    if _extension_registry.get(key) != code or _inverted_registry.get(code) != key:
        raise ValueError("key %s is not registered with code %s" % (key, code))
    del _extension_registry[key], _inverted_registry[code]
    _extension_cache.pop(code, None)


def clear_extension_cache():
    _extension_cache.clear()
