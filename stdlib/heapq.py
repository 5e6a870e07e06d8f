"""heapq: a binary min-heap on a plain list (heap[k] <= heap[2k+1], heap[2k+2]).

Written in the subset itself; results, tie-breaking and errors as CPython's.
"""

__all__ = ["heappush", "heappop", "heapify", "heapreplace", "merge", "nlargest", "nsmallest",
           "heappushpop"]


def _check(heap, name):
    if not isinstance(heap, list):
        raise TypeError("%s() argument 1 must be list, not %s" % (name, type(heap).__name__))


def _siftdown(heap, startpos, pos):
    # Carries the item at pos towards the root, no higher than startpos: each parent it
    # is smaller than moves down a level into the place it leaves.
    item = heap[pos]
    while pos > startpos:
        above = (pos - 1) // 2
        if not item < heap[above]:
            break
        heap[pos] = heap[above]
        pos = above
    heap[pos] = item


def _siftup(heap, pos):
    # move the smaller child up until a leaf, then sift the item back down
    # (the fewest comparisons, as CPython's heapq)
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[childpos] < heap[rightpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown(heap, startpos, pos)


def heappush(heap, item):
    """Push item onto heap, keeping the heap invariant."""
    _check(heap, "heappush")
    heap.append(item)
    _siftdown(heap, 0, len(heap) - 1)


def heappop(heap):
    """Removes and returns the heap's smallest item."""
    _check(heap, "heappop")
    if not heap:
        raise IndexError("index out of range")
    # The last item fills the root's place and sinks to where it belongs.
    last = heap.pop()
    if not heap:
        return last
    smallest, heap[0] = heap[0], last
    _siftup(heap, 0)
    return smallest


def heapreplace(heap, item):
    """Pop the smallest item, then push item (the heap never shrinks)."""
    _check(heap, "heapreplace")
    if not heap:
        raise IndexError("index out of range")
    returnitem = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return returnitem


def heappushpop(heap, item):
    """Push item, then pop the smallest: faster than the two calls."""
    _check(heap, "heappushpop")
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _siftup(heap, 0)
    return item


def heapify(x):
    """Turn list x into a heap, in place, in linear time."""
    _check(x, "heapify")
    for i in reversed(range(len(x) // 2)):
        _siftup(x, i)


def merge(*iterables, key=None, reverse=False):
    """Merge sorted inputs into one sorted iterator (lazily; stable across inputs)."""
    its = [iter(x) for x in iterables]
    return _merge(its, key, reverse)


def _merge(its, key, reverse):
    # entries [sortkey, order, value, iterator]: order breaks ties by input
    # position (reversed for reverse=True, as CPython's stays stable)
    entries = []
    direction = -1 if reverse else 1
    for order, it in enumerate(its):
        for value in it:
            entries.append([value if key is None else key(value), order * direction, value, it])
            break
    if reverse:
        def less(a, b):
            return b[0] < a[0] or (not a[0] < b[0] and a[1] < b[1])
    else:
        def less(a, b):
            return a[0] < b[0] or (not b[0] < a[0] and a[1] < b[1])
    while entries:
        best = 0
        for i in range(1, len(entries)):
            if less(entries[i], entries[best]):
                best = i
        entry = entries[best]
        yield entry[2]
        for value in entry[3]:
            entry[2] = value
            entry[0] = value if key is None else key(value)
            break
        else:
            del entries[best]


# the list operations in C when the runtime has them (closured's _heapq;
# CPython's has the same names), the Python versions above otherwise
try:
    from _heapq import heappush, heappop, heapify, heapreplace, heappushpop
except ImportError:
    pass


def nsmallest(n, iterable, key=None):
    """The n smallest items: sorted(iterable, key=key)[:n]."""
    if n <= 0:
        return []
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    """The n largest items: sorted(iterable, key=key, reverse=True)[:n]."""
    if n <= 0:
        return []
    return sorted(iterable, key=key, reverse=True)[:n]
