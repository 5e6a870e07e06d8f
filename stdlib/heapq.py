"""heapq: a binary min-heap on a plain list (heap[k] <= heap[2k+1], heap[2k+2]).

Written in the subset itself; results, tie-breaking, errors and the order in which
items are compared as CPython's (merge, nsmallest and nlargest make the same heaps of
lists and tuples and sort what they keep with list.sort, as CPython's do; heapify past
2500 items sifts in CPython's cache-minded order).
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


# ---- the max-heap helpers (heap[k] >= its children), for merge(reverse=True) and
# nsmallest; CPython keeps the same private names

def _siftdown_max(heap, startpos, pos):
    # the item at pos climbs while its parent is smaller than it
    item = heap[pos]
    while pos > startpos:
        above = (pos - 1) // 2
        if not heap[above] < item:
            break
        heap[pos] = heap[above]
        pos = above
    heap[pos] = item


def _siftup_max(heap, pos):
    # the larger child rises until pos is a leaf (on a tie the left one is
    # passed over only when the right is not smaller), then the item sinks back
    size = len(heap)
    top = pos
    item = heap[pos]
    while 2 * pos + 1 < size:
        child = 2 * pos + 1
        if child + 1 < size and not heap[child + 1] < heap[child]:
            child += 1
        heap[pos] = heap[child]
        pos = child
    heap[pos] = item
    _siftdown_max(heap, top, pos)


def _heapify_max(x):
    """Turn list x into a max-heap, in place (past 2500 items in _heapq.heapify's
    order, as CPython's C version does)."""
    _check(x, "_heapify_max")
    size = len(x)
    if size <= 2500:
        for i in reversed(range(size // 2)):
            _siftup_max(x, i)
        return
    first_leaf = size // 2
    row_start = (1 << (first_leaf + 1).bit_length() - 1) - 1
    for i in [*range(row_start - 1, first_leaf // 2 - 1, -1),
              *range(first_leaf - 1, row_start - 1, -1)]:
        _siftup_max(x, i)
        while i & 1:  # a left child: its parent's subtree is complete now
            i >>= 1
            _siftup_max(x, i)


def _heappop_max(heap):
    """Removes and returns the max-heap's largest item."""
    _check(heap, "_heappop_max")
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if not heap:
        return last
    largest, heap[0] = heap[0], last
    _siftup_max(heap, 0)
    return largest


def _heapreplace_max(heap, item):
    """Pop the largest item of a max-heap, then push item."""
    _check(heap, "_heapreplace_max")
    if not heap:
        raise IndexError("index out of range")
    largest, heap[0] = heap[0], item
    _siftup_max(heap, 0)
    return largest


def merge(*iterables, key=None, reverse=False):
    """Merge sorted inputs into one sorted iterator (lazily; stable across inputs).

    Each input's head sits in a heap as [sort key, input number, value, next]
    (input numbers run down for reverse=True, so ties keep the inputs' order);
    the last input left is then read straight through."""
    if reverse:
        build, drop, swap, step = _heapify_max, _heappop_max, _heapreplace_max, -1
    else:
        build, drop, swap, step = heapify, heappop, heapreplace, 1
    heads = []
    for number, source in enumerate(map(iter, iterables)):
        advance = source.__next__
        try:
            first = advance()
        except StopIteration:
            continue
        if key is None:
            heads.append([first, number * step, advance])
        else:
            heads.append([key(first), number * step, first, advance])
    build(heads)
    while len(heads) > 1:
        entry = heads[0]
        yield entry[0] if key is None else entry[2]
        try:
            value = entry[-1]()
        except StopIteration:
            drop(heads)
            continue
        if key is None:
            entry[0] = value
        else:
            entry[0], entry[2] = key(value), value
        swap(heads, entry)
    if heads:
        entry = heads[0]
        yield entry[0] if key is None else entry[2]
        yield from entry[-1].__self__


# the list operations in C when the runtime has them (closured's _heapq;
# CPython's has the same names), the Python versions above otherwise
try:
    from _heapq import heappush, heappop, heapify, heapreplace, heappushpop
except ImportError:
    pass


def _select(n, iterable, key, largest):
    """nsmallest/nlargest past their short cuts: the first n items (decorated with their
    arrival number, counting down for the largest, and their key) make a heap whose root
    is the worst one kept; each later item better than that root replaces it."""
    source = iter(iterable)
    if largest:
        numbers, build, swap, step = range(0, -n, -1), heapify, heapreplace, -1
    else:
        numbers, build, swap, step = range(n), _heapify_max, _heapreplace_max, 1
    if key is None:
        kept = [(item, number) for number, item in zip(numbers, source)]
    else:
        kept = [(key(item), number, item) for number, item in zip(numbers, source)]
    if not kept:
        return kept
    build(kept)
    worst = kept[0][0]
    number = n * step
    for item in source:
        rank = item if key is None else key(item)
        if (worst < rank) if largest else (rank < worst):
            swap(kept, (item, number) if key is None else (rank, number, item))
            worst = kept[0][0]
            number += step
    kept.sort(reverse=largest)
    return [entry[-1] if key is not None else entry[0] for entry in kept]


def _whole(n, iterable, key, largest):
    """The answer when a single pick or a sort does it (n is 1, or covers a sized
    input), else None."""
    if n == 1:
        missing = object()
        pick = max if largest else min
        found = pick(iter(iterable), default=missing, key=key)
        return [] if found is missing else [found]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        return None
    if n >= size:
        return sorted(iterable, key=key, reverse=largest)[:n]
    return None


def nsmallest(n, iterable, key=None):
    """The n smallest items: sorted(iterable, key=key)[:n]."""
    done = _whole(n, iterable, key, False)
    return done if done is not None else _select(n, iterable, key, False)


def nlargest(n, iterable, key=None):
    """The n largest items: sorted(iterable, key=key, reverse=True)[:n]."""
    done = _whole(n, iterable, key, True)
    return done if done is not None else _select(n, iterable, key, True)
