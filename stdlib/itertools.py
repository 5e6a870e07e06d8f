"""itertools: iterator building blocks, lazy.

Each iterator type is a class here, as CPython's are types: calling it checks
the arguments (with CPython's messages) and returns the native iterator of
`_itertools` (runtime/itertools.c) that does the work on demand, whose type()
is the class (registered with _itertools._register), so isinstance(x, chain)
holds. A program's subclass gets instances of its own that draw from such an
iterator (count and repeat: that run the methods of their class). tee is
native too, and its iterators are of the class _tee.
"""

__all__ = [
    "accumulate", "chain", "combinations", "combinations_with_replacement",
    "compress", "count", "cycle", "dropwhile", "filterfalse", "groupby",
    "islice", "pairwise", "permutations", "product", "repeat", "starmap",
    "takewhile", "tee", "zip_longest",
]


from _itertools import (_accumulate, _chain, _combinations, _combinations_with_replacement,
                        _compress, _cycle, _dropwhile, _filterfalse, _groupby, _islice,
                        _pairwise, _permutations, _product, _starmap, _takewhile, _count,
                        _repeat, _zip_longest, _register, _tee_new, tee)


_MISSING = object()


def _index(value, what):
    # an int argument given where CPython wants an index
    if not isinstance(value, int):
        raise TypeError(
            "'%s' object cannot be interpreted as an integer" % type(value).__name__)
    return value


def _is_number(x):
    # CPython's PyNumber_Check: what int(), float() or complex arithmetic accepts
    t = type(x)
    return (isinstance(x, (int, float, complex)) or hasattr(t, "__index__")
            or hasattr(t, "__int__") or hasattr(t, "__float__"))


def _args2(name, first, second, args, kwargs, default):
    # count's and repeat's (first, second) arguments with CPython's messages
    if len(args) > 2:
        raise TypeError("%s() takes at most 2 arguments (%d given)" % (name, len(args)))
    values = list(args) + [_MISSING] * (2 - len(args))
    for k, v in kwargs.items():
        if k not in (first, second):
            raise TypeError("'%s' is an invalid keyword argument for %s()" % (k, name))
        i = 0 if k == first else 1
        if values[i] is not _MISSING:
            raise TypeError("argument for %s() given by name ('%s') and position (%d)"
                            % (name, k, i + 1))
        values[i] = v
    return [default[i] if v is _MISSING else v for i, v in enumerate(values)]


class count:
    """count(start=0, step=1): start, start + step, start + 2 * step, ...

    count(...) itself is the native iterator of `_itertools`; a subclass's
    instances are Python objects run by the methods below."""

    def __new__(cls, *args, **kwargs):
        start, step = _args2("count", "start", "step", args, kwargs, (0, 1))
        if not _is_number(start) or not _is_number(step):
            raise TypeError("a number is required")
        if cls is count:
            return _count(start, step)
        self = object.__new__(cls)
        self._n = start
        self._step = step
        return self

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        if isinstance(self._step, int) and self._step == 1:
            return "%s(%r)" % (type(self).__name__, self._n)
        return "%s(%r, %r)" % (type(self).__name__, self._n, self._step)


class repeat:
    """repeat(object[, times]): object, times times or forever.

    As count: repeat(...) is native, a subclass's instances run the methods below."""

    def __new__(cls, *args, **kwargs):
        obj, times = _args2("repeat", "object", "times", args, kwargs, (_MISSING, None))
        if obj is _MISSING:
            raise TypeError("repeat() missing required argument 'object' (pos 1)")
        if times is None and ("times" in kwargs or len(args) == 2):
            raise TypeError("'NoneType' object cannot be interpreted as an integer")
        left = -1
        if times is not None:
            left = _index(times, "times")
            if left < 0:
                left = 0
        if cls is repeat:
            return _repeat(obj, left)
        self = object.__new__(cls)
        self._object = obj
        self._left = left
        return self

    def __iter__(self):
        return self

    def __next__(self):
        if self._left >= 0:
            if self._left == 0:
                raise StopIteration
            self._left -= 1
        return self._object

    def __length_hint__(self):
        if self._left < 0:
            raise TypeError("len() of unsized object")
        return self._left

    def __repr__(self):
        if self._left < 0:
            return "%s(%r)" % (type(self).__name__, self._object)
        return "%s(%r, %d)" % (type(self).__name__, self._object, self._left)


def _parse(name, names, required, args, kwargs):
    # the arguments by position then by name, checked as CPython's argument
    # clinic checks them: too many, a required one missing, an unknown name
    if len(args) > len(names):
        raise TypeError("%s() takes at most %d argument%s (%d given)"
                        % (name, len(names), "" if len(names) == 1 else "s",
                           len(args) + len(kwargs)))
    values = list(args) + [_MISSING] * (len(names) - len(args))
    for i in range(len(args), len(names)):
        if names[i] in kwargs:
            values[i] = kwargs[names[i]]
    for i in range(required):
        if values[i] is _MISSING:
            raise TypeError("%s() missing required argument '%s' (pos %d)"
                            % (name, names[i], i + 1))
    for k in kwargs:
        if k not in names:
            raise TypeError("'%s' is an invalid keyword argument for %s()" % (k, name))
        if names.index(k) < len(args):
            raise TypeError("argument for %s() given by name ('%s') and position (%d)"
                            % (name, k, names.index(k) + 1))
    return values


def _exactly(name, n, args, kwargs):
    # the types that take n positional arguments and no keywords
    if kwargs:
        raise TypeError("%s() takes no keyword arguments" % name)
    if len(args) != n:
        raise TypeError("%s expected %d argument%s, got %d"
                        % (name, n, "" if n == 1 else "s", len(args)))
    return args


def _made(cls, base, it):
    # base(...) itself is the native iterator `it`; a program's subclass
    # gets an instance of its own that draws from it
    if cls is base:
        return it
    self = object.__new__(cls)
    self._it = it
    return self


def _sub_iter(self):
    return self


def _sub_next(self):
    return next(self._it)


class accumulate:
    """accumulate(iterable, func=None, *, initial=None): running totals (or results of func)
    of iterable, starting with initial if given."""

    def __new__(cls, *args, **kwargs):
        if len(args) > 2:
            raise TypeError("accumulate() takes at most 2 positional arguments (%d given)"
                            % len(args))
        iterable, func, initial = _parse("accumulate", ("iterable", "func", "initial"), 1,
                                         args, kwargs)
        return _made(cls, accumulate,
                     _accumulate(iter(iterable), None if func is _MISSING else func,
                                 None if initial is _MISSING else initial))


class chain:
    """chain(*iterables): the items of the first iterable, then of the next, ..."""

    def __new__(cls, *iterables, **kwargs):
        if kwargs:
            raise TypeError("chain() takes no keyword arguments")
        return _made(cls, chain, _chain(iterables))

    @classmethod
    def from_iterable(cls, *args):
        """chain.from_iterable(iterables): chain over a lazily produced iterable of iterables."""
        if len(args) != 1:
            raise TypeError("chain.from_iterable() takes exactly one argument (%d given)"
                            % len(args))
        return _made(cls, chain, _chain(iter(args[0])))


class compress:
    """compress(data, selectors): the items of data whose selector is true."""

    def __new__(cls, *args, **kwargs):
        data, selectors = _parse("compress", ("data", "selectors"), 2, args, kwargs)
        return _made(cls, compress, _compress(iter(data), iter(selectors)))


class cycle:
    """cycle(iterable): the items of iterable, then again, forever (kept after the first round)."""

    def __new__(cls, *args, **kwargs):
        (iterable,) = _exactly("cycle", 1, args, kwargs)
        return _made(cls, cycle, _cycle(iter(iterable)))


class dropwhile:
    """dropwhile(predicate, iterable): the items of iterable from the first one for which
    predicate is false."""

    def __new__(cls, *args, **kwargs):
        predicate, iterable = _exactly("dropwhile", 2, args, kwargs)
        return _made(cls, dropwhile, _dropwhile(predicate, iter(iterable)))


class takewhile:
    """takewhile(predicate, iterable): the items of iterable while predicate is true."""

    def __new__(cls, *args, **kwargs):
        predicate, iterable = _exactly("takewhile", 2, args, kwargs)
        return _made(cls, takewhile, _takewhile(predicate, iter(iterable)))


class filterfalse:
    """filterfalse(predicate, iterable): the items of iterable for which predicate (or the
    item itself) is false."""

    def __new__(cls, *args, **kwargs):
        predicate, iterable = _exactly("filterfalse", 2, args, kwargs)
        return _made(cls, filterfalse, _filterfalse(predicate, iter(iterable)))


class groupby:
    """groupby(iterable, key=None): (key, group) for each run of consecutive items with the
    same key."""

    def __new__(cls, *args, **kwargs):
        iterable, key = _parse("groupby", ("iterable", "key"), 1, args, kwargs)
        return _made(cls, groupby, _groupby(iter(iterable), None if key is _MISSING else key))


class _grouper:
    """One group of a groupby: its items, while the groupby stays on it."""

    def __new__(cls, *args, **kwargs):
        parent, key = _exactly("_grouper", 2, args, kwargs)
        if not isinstance(parent, groupby):
            raise TypeError("_grouper() argument 1 must be itertools.groupby, not %s"
                            % type(parent).__name__)
        raise TypeError("a group comes from its groupby: next(groupby(...))")


def _slice_arg(v, message):
    if v is None:
        return None
    if not isinstance(v, int) or not 0 <= v <= _MAXSIZE:
        raise ValueError(message)
    return v


_MAXSIZE = (1 << 63) - 1  # sys.maxsize: the bound of CPython's C sizes


def _size(value):
    # an int argument CPython converts to a C size (Py_ssize_t)
    if value > _MAXSIZE or value < -_MAXSIZE - 1:
        raise OverflowError("Python int too large to convert to C ssize_t")
    return value


class islice:
    """islice(iterable, stop) or islice(iterable, start, stop[, step])."""

    def __new__(cls, *args, **kwargs):
        if kwargs:
            raise TypeError("islice() takes no keyword arguments")
        if len(args) < 2:
            raise TypeError("islice expected at least 2 arguments, got %d" % len(args))
        if len(args) > 4:
            raise TypeError("islice expected at most 4 arguments, got %d" % len(args))
        iterable = args[0]
        if len(args) == 2:
            start, stop, step = None, args[1], None
        else:
            start, stop = args[1], args[2]
            step = args[3] if len(args) == 4 else None
        stop = _slice_arg(stop, "Stop argument for islice() must be None or an integer: "
                                "0 <= x <= sys.maxsize.")
        start = _slice_arg(start, "Indices for islice() must be None or an integer: "
                                  "0 <= x <= sys.maxsize.")
        if step is not None and (not isinstance(step, int) or step <= 0):
            raise ValueError("Step for islice() must be a positive integer or None.")
        it = iter(iterable)
        return _made(cls, islice, _islice(it, start or 0, stop, step or 1))


class pairwise:
    """pairwise(iterable): (s0, s1), (s1, s2), (s2, s3), ..."""

    def __new__(cls, *args, **kwargs):
        (iterable,) = _exactly("pairwise", 1, args, kwargs)
        return _made(cls, pairwise, _pairwise(iter(iterable)))


class starmap:
    """starmap(function, iterable): function(*args) for each args of iterable."""

    def __new__(cls, *args, **kwargs):
        function, iterable = _exactly("starmap", 2, args, kwargs)
        return _made(cls, starmap, _starmap(function, iter(iterable)))


class zip_longest:
    """zip_longest(*iterables, fillvalue=None): zip that goes on to the longest input, filling
    the others with fillvalue."""

    def __new__(cls, *iterables, **kwargs):
        fillvalue = None
        if kwargs:
            if len(kwargs) > 1 or "fillvalue" not in kwargs:
                raise TypeError("zip_longest() got an unexpected keyword argument")
            fillvalue = kwargs["fillvalue"]
        return _made(cls, zip_longest, _zip_longest(iterables, fillvalue))


class product:
    """product(*iterables, repeat=1): the Cartesian product: product('ab', range(2)) ->
    ('a', 0) ('a', 1) ('b', 0) ('b', 1)."""

    def __new__(cls, *iterables, **kwargs):
        repeat = 1
        for k, v in kwargs.items():
            if k != "repeat":
                raise TypeError("'%s' is an invalid keyword argument for product()" % k)
            repeat = v
        repeat = _size(_index(repeat, "repeat"))
        if repeat < 0:
            raise ValueError("repeat argument cannot be negative")
        if iterables and repeat > _MAXSIZE // 8 // len(iterables):
            raise OverflowError("repeat argument too large")
        pools = [tuple(pool) for pool in iterables] * repeat
        return _made(cls, product, _product(pools))


class permutations:
    """permutations(iterable, r=None): successive r-length orderings of the items (all of them
    when r is None)."""

    def __new__(cls, *args, **kwargs):
        iterable, r = _parse("permutations", ("iterable", "r"), 1, args, kwargs)
        pool = tuple(iterable)
        if r is _MISSING or r is None:
            r = len(pool)
        else:
            if not isinstance(r, int):
                raise TypeError("Expected int as r")
            if _size(r) < 0:
                raise ValueError("r must be non-negative")
        return _made(cls, permutations, _permutations(pool, r))


class combinations:
    """combinations(iterable, r): r-length subsequences of the items, in the input's order."""

    def __new__(cls, *args, **kwargs):
        iterable, r = _parse("combinations", ("iterable", "r"), 2, args, kwargs)
        pool = tuple(iterable)
        r = _size(_index(r, "r"))
        if r < 0:
            raise ValueError("r must be non-negative")
        return _made(cls, combinations, _combinations(pool, r))


class combinations_with_replacement:
    """combinations_with_replacement(iterable, r): r-length subsequences that may repeat an
    item."""

    def __new__(cls, *args, **kwargs):
        iterable, r = _parse("combinations_with_replacement", ("iterable", "r"), 2, args, kwargs)
        pool = tuple(iterable)
        r = _size(_index(r, "r"))
        if r < 0:
            raise ValueError("r must be non-negative")
        return _made(cls, combinations_with_replacement,
                     _combinations_with_replacement(pool, r))


class _tee:
    """One of tee()'s iterators (native: runtime/itertools_tee.c). _tee(iterable) makes one
    over iter(iterable), or copies it when that is a _tee."""

    def __new__(cls, *args, **kwargs):
        if kwargs:
            raise TypeError("_tee() takes no keyword arguments")
        if len(args) != 1:
            raise TypeError("_tee expected 1 argument, got %d" % len(args))
        return _tee_new(args[0])

    def __iter__(self):
        return self

    def __next__(self):
        return next(self)

    def __copy__(self):
        return _tee_new(self)


for _cls in (accumulate, chain, compress, cycle, dropwhile, takewhile, filterfalse, groupby,
             islice, pairwise, starmap, zip_longest, product, permutations, combinations,
             combinations_with_replacement):
    _cls.__iter__ = _sub_iter
    _cls.__next__ = _sub_next
for _cls in (accumulate, chain, compress, cycle, dropwhile, takewhile, filterfalse, groupby,
             _grouper, islice, pairwise, starmap, zip_longest, product, permutations,
             combinations, combinations_with_replacement, count, repeat, _tee):
    _register(_cls)
del _cls
