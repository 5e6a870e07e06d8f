"""unittest helpers: safe and shortened reprs for failure messages, class
names, and counting the elements two sequences differ in."""

from collections import namedtuple, OrderedDict

_MAX_LENGTH = 80
_PLACEHOLDER_LEN = 12
_MIN_BEGIN_LEN = 5
_MIN_END_LEN = 5
_MIN_COMMON_LEN = 5
_MIN_DIFF_LEN = _MAX_LENGTH - (_MIN_BEGIN_LEN + _PLACEHOLDER_LEN + _MIN_COMMON_LEN +
                               _PLACEHOLDER_LEN + _MIN_END_LEN)


def _common_prefix(strings):
    # the common prefix of all is that of the smallest and the largest
    if not strings:
        return ''
    first, last = min(strings), max(strings)
    size = 0
    for mine, theirs in zip(first, last):
        if mine != theirs:
            break
        size += 1
    return first[:size]


def _shorten(s, prefixlen, suffixlen):
    """s with its middle replaced by '[N chars]' when that saves enough."""
    hidden = len(s) - prefixlen - suffixlen
    if hidden <= _PLACEHOLDER_LEN:
        return s
    return s[:prefixlen] + '[%d chars]' % hidden + s[len(s) - suffixlen:]


def _common_shorten_repr(*args):
    """The reprs of args, each cut to about 80 characters around where they
    start to differ."""
    texts = tuple(safe_repr(arg) for arg in args)
    longest = max(len(text) for text in texts)
    if longest <= _MAX_LENGTH:
        return texts
    shared = _common_prefix(texts)
    cut = len(shared)
    # room left for the shared part once the longest differing tail is shown whole
    room = _MAX_LENGTH - (longest - cut + _MIN_BEGIN_LEN + _PLACEHOLDER_LEN)
    if room > _MIN_COMMON_LEN:
        head = _shorten(shared, _MIN_BEGIN_LEN, room)
        return tuple(head + text[cut:] for text in texts)
    head = _shorten(shared, _MIN_BEGIN_LEN, _MIN_COMMON_LEN)
    return tuple(head + _shorten(text[cut:], _MIN_DIFF_LEN, _MIN_END_LEN) for text in texts)


def safe_repr(obj, short=False):
    try:
        text = repr(obj)
    except Exception:
        # a broken __repr__ must not hide the failure being reported
        text = object.__repr__(obj)
    if short and len(text) >= _MAX_LENGTH:
        return text[:_MAX_LENGTH] + ' [truncated]...'
    return text


def strclass(cls):
    return "%s.%s" % (cls.__module__, cls.__qualname__)


_Mismatch = namedtuple('Mismatch', 'actual expected value')


def _take_equal(items, taken, elem, start):
    """Marks (in taken) the indexes from start whose items equal elem; their count."""
    count = 0
    for index in range(start, len(items)):
        if index not in taken and items[index] == elem:
            taken.add(index)
            count += 1
    return count


def _count_diff_all_purpose(actual, expected):
    """(count in actual, count in expected, element) for each element whose
    counts differ; the elements need not be hashable."""
    mine, theirs = list(actual), list(expected)
    taken_mine, taken_theirs = set(), set()
    result = []
    for index, elem in enumerate(mine):
        if index in taken_mine:
            continue
        in_mine = _take_equal(mine, taken_mine, elem, index)
        in_theirs = _take_equal(theirs, taken_theirs, elem, 0)
        if in_mine != in_theirs:
            result.append(_Mismatch(in_mine, in_theirs, elem))
    for index, elem in enumerate(theirs):
        if index not in taken_theirs:
            result.append(_Mismatch(0, _take_equal(theirs, taken_theirs, elem, index), elem))
    return result


def _ordered_count(iterable):
    counts = OrderedDict()
    for elem in iterable:
        counts[elem] = counts.get(elem, 0) + 1
    return counts


def _count_diff_hashable(actual, expected):
    """The same for hashable elements, in the order they are first seen."""
    mine, theirs = _ordered_count(actual), _ordered_count(expected)
    result = [_Mismatch(count, theirs.get(elem, 0), elem)
              for elem, count in mine.items() if count != theirs.get(elem, 0)]
    result.extend(_Mismatch(0, count, elem) for elem, count in theirs.items() if elem not in mine)
    return result
