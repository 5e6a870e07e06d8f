"""reprlib: reprs cut to a size (Repr, repr) and recursive_repr, the decorator that
makes a __repr__ print '...' where it would reach itself again.

Written in the subset. The runtime has one thread per program, so the guard of
recursive_repr keys on the object's id alone.
"""

__all__ = ["Repr", "repr", "recursive_repr"]

import builtins
from itertools import islice


def recursive_repr(fillvalue="..."):
    """Decorates a __repr__: a call for an object whose repr is already being
    made answers fillvalue instead of recursing."""

    def decorating_function(user_function):
        running = set()

        def wrapper(self):
            key = id(self)
            if key in running:
                return fillvalue
            running.add(key)
            try:
                result = user_function(self)
            finally:
                running.discard(key)
            return result

        wrapper.__module__ = getattr(user_function, "__module__", None)
        wrapper.__doc__ = getattr(user_function, "__doc__", None)
        wrapper.__name__ = getattr(user_function, "__name__", None)
        wrapper.__qualname__ = getattr(user_function, "__qualname__", None)
        wrapper.__annotations__ = getattr(user_function, "__annotations__", {})
        return wrapper

    return decorating_function


def _possibly_sorted(x):
    try:
        return sorted(x)
    except Exception:
        return list(x)


def _cut(s, size, fillvalue):
    # keeps the head and the tail of s around fillvalue, size characters in all
    head = max(0, (size - 3) // 2)
    tail = max(0, size - 3 - head)
    return s[:head] + fillvalue + s[len(s) - tail:]


# A new Repr's limits: how deep it nests, how many items of each kind of
# container it shows, how many characters of a str, an int's digits and
# other objects' reprs
_LIMITS = (("maxlevel", 6), ("maxtuple", 6), ("maxlist", 6), ("maxarray", 5), ("maxdict", 4),
           ("maxset", 6), ("maxfrozenset", 6), ("maxdeque", 6), ("maxstring", 30),
           ("maxlong", 40), ("maxother", 30))


class Repr:
    """Limits per kind of value; repr(x) applies them, nesting maxlevel deep."""

    def __init__(self):
        self.fillvalue = "..."
        for name, limit in _LIMITS:
            setattr(self, name, limit)

    def repr(self, x):
        return self.repr1(x, self.maxlevel)

    def repr1(self, x, level):
        # repr_<name of x's type> when the class has one (spaces in the name
        # read as _), else repr_instance
        name = type(x).__name__
        if " " in name:
            name = "_".join(name.split())
        handler = getattr(self, "repr_" + name, None) or self.repr_instance
        return handler(x, level)

    def _repr_iterable(self, x, level, left, right, maxiter, trail=""):
        n = len(x)
        if level <= 0 and n:
            s = self.fillvalue
        else:
            pieces = [self.repr1(item, level - 1) for item in islice(x, maxiter)]
            if n > maxiter:
                pieces.append(self.fillvalue)
            s = ", ".join(pieces)
            if n == 1 and trail:
                right = trail + right
        return "%s%s%s" % (left, s, right)

    def repr_tuple(self, x, level):
        return self._repr_iterable(x, level, "(", ")", self.maxtuple, ",")

    def repr_list(self, x, level):
        return self._repr_iterable(x, level, "[", "]", self.maxlist)

    def repr_array(self, x, level):
        if not x:
            return "array('%s')" % x.typecode
        return self._repr_iterable(x, level, "array('%s', [" % x.typecode, "])", self.maxarray)

    def repr_set(self, x, level):
        if not x:
            return "set()"
        return self._repr_iterable(_possibly_sorted(x), level, "{", "}", self.maxset)

    def repr_frozenset(self, x, level):
        if not x:
            return "frozenset()"
        return self._repr_iterable(_possibly_sorted(x), level, "frozenset({", "})",
                                   self.maxfrozenset)

    def repr_deque(self, x, level):
        return self._repr_iterable(x, level, "deque([", "])", self.maxdeque)

    def repr_dict(self, x, level):
        n = len(x)
        if n == 0:
            return "{}"
        if level <= 0:
            return "{" + self.fillvalue + "}"
        pieces = []
        for key in islice(_possibly_sorted(x), self.maxdict):
            pieces.append("%s: %s" % (self.repr1(key, level - 1), self.repr1(x[key], level - 1)))
        if n > self.maxdict:
            pieces.append(self.fillvalue)
        return "{%s}" % (", ".join(pieces),)

    def repr_str(self, x, level):
        s = builtins.repr(x[:self.maxstring])
        if len(s) > self.maxstring:
            head = max(0, (self.maxstring - 3) // 2)
            tail = max(0, self.maxstring - 3 - head)
            s = builtins.repr(x[:head] + x[len(x) - tail:])
            s = s[:head] + self.fillvalue + s[len(s) - tail:]
        return s

    def repr_int(self, x, level):
        s = builtins.repr(x)
        if len(s) > self.maxlong:
            s = _cut(s, self.maxlong, self.fillvalue)
        return s

    def repr_instance(self, x, level):
        try:
            s = builtins.repr(x)
        except Exception:
            return "<%s instance at %#x>" % (x.__class__.__name__, id(x))
        if len(s) > self.maxother:
            s = _cut(s, self.maxother, self.fillvalue)
        return s


aRepr = Repr()
repr = aRepr.repr
