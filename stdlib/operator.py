"""Operator functions: operator.add(x, y) is x + y, and so on (closured's frozen library)."""

import builtins as _builtins

# The public names, in alphabetical order (the dunder aliases are not exported).
__all__ = """abs add and_ attrgetter call concat contains countOf delitem eq floordiv ge
getitem gt iadd iand iconcat ifloordiv ilshift imatmul imod imul index indexOf inv invert
ior ipow irshift is_ is_not isub itemgetter itruediv ixor le length_hint lshift lt matmul
methodcaller mod mul ne neg not_ or_ pos pow rshift setitem sub truediv truth xor""".split()


def lt(a, b): return a < b
def le(a, b): return a <= b
def eq(a, b): return a == b
def ne(a, b): return a != b
def ge(a, b): return a >= b
def gt(a, b): return a > b
def not_(a): return not a
def truth(a): return bool(a)
def is_(a, b): return a is b
def is_not(a, b): return a is not b
def abs(a): return _builtins.abs(a)
def add(a, b): return a + b
def and_(a, b): return a & b
def floordiv(a, b): return a // b
def index(a):
    if isinstance(a, int):
        return int(a)
    hook = getattr(type(a), '__index__', None)
    if hook is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(a).__name__)
    got = hook(a)
    if type(got) is int:
        return got
    if not isinstance(got, int):
        raise TypeError('__index__ returned non-int (type %s)' % type(got).__name__)
    import warnings
    warnings.warn('__index__ returned non-int (type %s).  The ability to return an instance '
                  'of a strict subclass of int is deprecated, and may be removed in a future '
                  'version of Python.' % type(got).__name__, DeprecationWarning, stacklevel=2)
    return int(got)
def inv(a): return ~a
def lshift(a, b): return a << b
def mod(a, b): return a % b
def mul(a, b): return a * b
def matmul(a, b): return a @ b
def neg(a): return -a
def or_(a, b): return a | b
def pos(a): return +a
def pow(a, b): return a ** b
def rshift(a, b): return a >> b
def sub(a, b): return a - b
def truediv(a, b): return a / b
def xor(a, b): return a ^ b
invert = inv


def _need_sequence(a):
    if not isinstance(a, (list, tuple, str)) and not hasattr(a, '__getitem__'):
        raise TypeError("'%s' object can't be concatenated" % type(a).__name__)


def concat(a, b):
    _need_sequence(a)
    return a + b


def contains(a, b): return b in a
def getitem(a, b): return a[b]


def setitem(a, b, c):
    a[b] = c


def delitem(a, b):
    del a[b]


def countOf(a, b):
    return sum(1 for x in a if x is b or x == b)


def indexOf(a, b):
    for i, x in enumerate(a):
        if x is b or x == b:
            return i
    raise ValueError('sequence.index(x): x not in sequence')


def length_hint(obj, default=0):
    """len(obj), else obj's __length_hint__() (NotImplemented: default), else
    default; a hint must be a non-negative int."""
    if not isinstance(default, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(default).__name__)
    try:
        return len(obj)
    except TypeError:
        pass
    hint = getattr(type(obj), '__length_hint__', None)
    if hint is None:
        return default
    try:
        val = hint(obj)
    except TypeError:  # a hint that cannot be asked gives none
        val = NotImplemented
    if val is NotImplemented:
        return default
    if not isinstance(val, int):
        raise TypeError('__length_hint__ must be an integer, not %s' % type(val).__name__)
    if val < 0:
        raise ValueError('__length_hint__() should return >= 0')
    if val >= 1 << 63:
        raise OverflowError('Python int too large to convert to C ssize_t')
    return int(val)


def call(obj, *args, **kwargs):
    return obj(*args, **kwargs)


def iadd(a, b):
    a += b
    return a
def iand(a, b):
    a &= b
    return a
def ifloordiv(a, b):
    a //= b
    return a
def ilshift(a, b):
    a <<= b
    return a
def imod(a, b):
    a %= b
    return a
def imul(a, b):
    a *= b
    return a
def imatmul(a, b):
    a @= b
    return a
def ior(a, b):
    a |= b
    return a
def ipow(a, b):
    a **= b
    return a
def irshift(a, b):
    a >>= b
    return a
def isub(a, b):
    a -= b
    return a
def itruediv(a, b):
    a /= b
    return a
def ixor(a, b):
    a ^= b
    return a


def iconcat(a, b):
    _need_sequence(a)
    a += b
    return a


def _dotted(name):
    parts = name.split('.')

    def get(obj):
        for p in parts:
            obj = getattr(obj, p)
        return obj
    return get


class attrgetter:
    """attrgetter('a', 'b.c')(obj) is (obj.a, obj.b.c); with one name, obj.a."""

    def __init__(self, attr, *attrs):
        names = (attr,) + attrs
        for n in names:
            if not isinstance(n, str):
                raise TypeError('attribute name must be a string')
        self._attrs = names
        getters = [_dotted(n) for n in names]
        if attrs:
            self._get = lambda obj: tuple(g(obj) for g in getters)
        else:
            self._get = getters[0]

    def __call__(self, obj):
        return self._get(obj)

    def __repr__(self):
        return 'operator.attrgetter(%s)' % ', '.join(repr(a) for a in self._attrs)

    def __reduce__(self):
        return type(self), self._attrs


class itemgetter:
    """itemgetter(1, 3)(seq) is (seq[1], seq[3]); with one key, seq[1]."""

    def __init__(self, item, *items):
        keys = (item,) + items
        self._items = keys
        if items:
            self._get = lambda obj: tuple(obj[k] for k in keys)
        else:
            self._get = lambda obj: obj[item]

    def __call__(self, obj):
        return self._get(obj)

    def __repr__(self):
        return 'operator.itemgetter(%s)' % ', '.join(repr(k) for k in self._items)

    def __reduce__(self):
        return type(self), self._items


class methodcaller:
    """methodcaller('m', 1, k=2)(obj) is obj.m(1, k=2)."""

    def __init__(self, *args, **kwargs):
        if not args:
            raise TypeError('methodcaller needs at least one argument, the method name')
        name = args[0]
        if not isinstance(name, str):
            raise TypeError('method name must be a string')
        self._name = name
        self._args = args[1:]
        self._kwargs = kwargs

    def __call__(self, obj):
        return getattr(obj, self._name)(*self._args, **self._kwargs)

    def __repr__(self):
        parts = [repr(self._name)]
        parts += [repr(a) for a in self._args]
        parts += ['%s=%r' % kv for kv in self._kwargs.items()]
        return 'operator.methodcaller(%s)' % ', '.join(parts)


# The dunder aliases (operator.__add__ is operator.add).
for _name in __all__:
    if _name[0] != '_' and _name not in ('attrgetter', 'itemgetter', 'methodcaller', 'countOf',
                                         'indexOf', 'length_hint', 'is_', 'is_not', 'truth'):
        globals()['__' + _name.rstrip('_') + '__'] = globals()[_name]
del _name
