# The itertools documentation's recipes, written with closures.
from itertools import chain, islice, cycle, groupby, zip_longest, repeat, count, filterfalse, tee


def take(n, iterable):
    return list(islice(iterable, n))


def roundrobin(*iterables):
    pending = len(iterables)
    nexts = cycle(iter(it).__next__ for it in iterables)
    while pending:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            pending -= 1
            nexts = cycle(islice(nexts, pending))


def unique_everseen(iterable, key=None):
    seen = set()
    for element in filterfalse(seen.__contains__, iterable) if key is None else iterable:
        k = element if key is None else key(element)
        if k not in seen:
            seen.add(k)
            yield element


def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return zip_longest(*args, fillvalue=fillvalue)


def partition(pred, iterable):
    t1, t2 = tee(iterable)
    return filterfalse(pred, t1), filter(pred, t2)


def sliding(iterable, n):
    it = iter(iterable)
    window = list(islice(it, n))
    if len(window) == n:
        yield tuple(window)
    for x in it:
        window = window[1:] + [x]
        yield tuple(window)


print(take(5, count(3, 3)), list(roundrobin("ABC", "D", "EF")))
print(list(unique_everseen("AAAABBBCCDAABBB")), list(unique_everseen("ABBcCAD", str.lower)))
print(list(grouper("ABCDEFG", 3, "x")), [list(p) for p in partition(lambda x: x % 2, range(10))])
print(list(sliding(range(6), 3)), list(chain.from_iterable(repeat("ab", 2))))
print([k for k, _ in groupby(sorted("mississippi"))], take(3, (x * x for x in count())))
