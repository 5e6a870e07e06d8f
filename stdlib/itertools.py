"""itertools: iterator building blocks, lazy.

Each function checks its arguments when it is called (as CPython's do) and
returns an iterator that does the work on demand: the native objects of
`_itertools` (runtime/itertools.c), all but tee's (Python objects here).
count and repeat are classes so that a program can subclass them; calling
either class itself gives the native iterator.
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
                        _repeat, _zip_longest)


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


def accumulate(iterable, func=None, *, initial=None):
    """Running totals (or results of func) of iterable, starting with initial if given."""
    return _accumulate(iter(iterable), func, initial)


def chain(*iterables):
    """The items of the first iterable, then of the next, ..."""
    return _chain(iterables)


def _from_iterable(iterable):
    """chain.from_iterable(iterables): chain over a lazily produced iterable of iterables."""
    return _chain(iter(iterable))


chain.from_iterable = _from_iterable


def compress(data, selectors):
    """The items of data whose selector is true."""
    return _compress(iter(data), iter(selectors))


def cycle(iterable):
    """The items of iterable, then again, forever (kept after the first round)."""
    return _cycle(iter(iterable))


def dropwhile(predicate, iterable):
    """The items of iterable from the first one for which predicate is false."""
    return _dropwhile(predicate, iter(iterable))


def takewhile(predicate, iterable):
    """The items of iterable while predicate is true."""
    return _takewhile(predicate, iter(iterable))


def filterfalse(predicate, iterable):
    """The items of iterable for which predicate (or the item itself) is false."""
    return _filterfalse(predicate, iter(iterable))


def groupby(iterable, key=None):
    """(key, group) for each run of consecutive items with the same key."""
    return _groupby(iter(iterable), key)


def _slice_arg(v, message):
    if v is None:
        return None
    if not isinstance(v, int) or v < 0:
        raise ValueError(message)
    return v


def islice(iterable, *args):
    """islice(iterable, stop) or islice(iterable, start, stop[, step])."""
    if len(args) == 0:
        raise TypeError("islice expected at least 2 arguments, got 1")
    if len(args) > 3:
        raise TypeError("islice expected at most 4 arguments, got %d" % (len(args) + 1))
    if len(args) == 1:
        start, stop, step = None, args[0], None
    else:
        start, stop = args[0], args[1]
        step = args[2] if len(args) == 3 else None
    stop = _slice_arg(stop, "Stop argument for islice() must be None or an integer: "
                            "0 <= x <= sys.maxsize.")
    start = _slice_arg(start, "Indices for islice() must be None or an integer: "
                              "0 <= x <= sys.maxsize.")
    if step is not None and (not isinstance(step, int) or step <= 0):
        raise ValueError("Step for islice() must be a positive integer or None.")
    it = iter(iterable)
    return _islice(it, start or 0, stop, step or 1)


def pairwise(iterable):
    """(s0, s1), (s1, s2), (s2, s3), ..."""
    return _pairwise(iter(iterable))


def starmap(function, iterable):
    """function(*args) for each args of iterable."""
    return _starmap(function, iter(iterable))


class _TeeLink:
    # one item of a tee's shared buffer: the value and the next link (None
    # until some copy read further)
    __slots__ = ("value", "next")


class _tee:
    """One of tee()'s iterators: it reads the shared links after its own, and past the last
    one pulls the next item from the source into a new link that the others read later.
    Copying one (tee() of a tee does) gives an iterator that stands where it stands."""
    __slots__ = ("_it", "_link")

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        nxt = link.next
        if nxt is None:
            value = next(self._it)
            nxt = _TeeLink()
            nxt.value = value
            nxt.next = None
            link.next = nxt
        self._link = nxt
        return nxt.value

    def __copy__(self):
        t = _tee()
        t._it = self._it
        t._link = self._link
        return t


def tee(iterable, n=2):
    """n independent iterators over one iterable (what one has read is kept for the others).
    As CPython's: an iterator that can be copied (a tee's) is the first of them itself, and
    the others are its copies."""
    n = _index(n, "n")
    if n < 0:
        raise ValueError("n must be >= 0")
    it = iter(iterable)
    copy = getattr(it, "__copy__", None)
    if copy is None:
        first = _tee()
        first._it = it
        first._link = _TeeLink()
        first._link.value = None
        first._link.next = None
        it = first
        copy = first.__copy__
    if n == 0:
        return ()
    return (it,) + tuple(copy() for _ in range(n - 1))


def zip_longest(*iterables, **kwargs):
    """zip that goes on to the longest input, filling the others with fillvalue."""
    fillvalue = None
    if kwargs:
        if len(kwargs) > 1 or "fillvalue" not in kwargs:
            raise TypeError("zip_longest() got an unexpected keyword argument")
        fillvalue = kwargs["fillvalue"]
    return _zip_longest(iterables, fillvalue)


def product(*iterables, repeat=1):
    """Cartesian product: product('ab', range(2)) -> ('a', 0) ('a', 1) ('b', 0) ('b', 1)."""
    repeat = _index(repeat, "repeat")
    if repeat < 0:
        raise ValueError("repeat argument cannot be negative")
    pools = [tuple(pool) for pool in iterables] * repeat
    return _product(pools)


def permutations(iterable, r=None):
    """Successive r-length orderings of the items (all of them when r is None)."""
    pool = tuple(iterable)
    if r is None:
        r = len(pool)
    else:
        if not isinstance(r, int):
            raise TypeError("Expected int as r")
        if r < 0:
            raise ValueError("r must be non-negative")
    return _permutations(pool, r)



def combinations(iterable=_MISSING, r=_MISSING):
    """r-length subsequences of the items, in the input's order."""
    if r is _MISSING or iterable is _MISSING:
        raise TypeError("combinations() missing required argument '%s' (pos %d)"
                        % (("iterable", 1) if iterable is _MISSING else ("r", 2)))
    pool = tuple(iterable)
    r = _index(r, "r")
    if r < 0:
        raise ValueError("r must be non-negative")
    return _combinations(pool, r)


def combinations_with_replacement(iterable=_MISSING, r=_MISSING):
    """r-length subsequences that may repeat an item."""
    if r is _MISSING or iterable is _MISSING:
        raise TypeError("combinations_with_replacement() missing required argument '%s' (pos %d)"
                        % (("iterable", 1) if iterable is _MISSING else ("r", 2)))
    pool = tuple(iterable)
    r = _index(r, "r")
    if r < 0:
        raise ValueError("r must be non-negative")
    return _combinations_with_replacement(pool, r)
