"""bisect: binary search and insertion into sorted sequences, with key= and lo/hi."""

__all__ = ["bisect", "bisect_left", "bisect_right", "insort", "insort_left", "insort_right"]


def _bounds(a, lo, hi):
    if lo < 0:
        raise ValueError("lo must be non-negative")
    return lo, len(a) if hi is None else hi


# The two searches halve [lo, hi) until it is empty. They differ in the one
# comparison they make (x < item, or item < x), which is all a user-defined
# ordering is asked for; key, when given, applies to the items and not to x.

def _first_greater(a, x, lo, hi, key):
    while lo < hi:
        middle = (lo + hi) // 2
        if x < (a[middle] if key is None else key(a[middle])):
            hi = middle
        else:
            lo = middle + 1
    return lo


def _first_not_less(a, x, lo, hi, key):
    while lo < hi:
        middle = (lo + hi) // 2
        if (a[middle] if key is None else key(a[middle])) < x:
            lo = middle + 1
        else:
            hi = middle
    return lo


def bisect_right(a, x, lo=0, hi=None, *, key=None):
    """The index after the last item <= x (x's insertion point to the right)."""
    return _first_greater(a, x, *_bounds(a, lo, hi), key)


def bisect_left(a, x, lo=0, hi=None, *, key=None):
    """The index of the first item >= x (x's insertion point to the left)."""
    return _first_not_less(a, x, *_bounds(a, lo, hi), key)


def insort_right(a, x, lo=0, hi=None, *, key=None):
    """Insert x into sorted a after any equal items."""
    probe = x if key is None else key(x)
    a.insert(_first_greater(a, probe, *_bounds(a, lo, hi), key), x)


def insort_left(a, x, lo=0, hi=None, *, key=None):
    """Insert x into sorted a before any equal items."""
    probe = x if key is None else key(x)
    a.insert(_first_not_less(a, probe, *_bounds(a, lo, hi), key), x)


bisect = bisect_right
insort = insort_right
