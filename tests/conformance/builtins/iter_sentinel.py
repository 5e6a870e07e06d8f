# iter(callable, sentinel): calls until the sentinel (compared with ==) or
# StopIteration, then stays exhausted; its TypeErrors.
import functools

data = iter([1, 2, 3, 0, 4])
print(list(iter(data.__next__, 0)))
count = [0]


def tick():
    count[0] += 1
    if count[0] > 5:
        raise StopIteration
    return count[0]


it = iter(tick, 99)
print(next(it), list(it), list(it), next(it, 'done'))
print(list(iter(functools.partial(next, iter('abcXdef')), 'X')))


class Eq:
    def __eq__(self, o):
        print('eq called with', o)
        return o == 3


n = iter([1, 2, 3, 4]).__next__
print(list(iter(n, Eq())))
print(repr(iter(int, 1)).startswith('<callable_iterator object at 0x'))
lines = iter(['a\n', 'b\n', '', 'never\n'])
print([line for line in iter(lambda: next(lines), '')])


def boom():
    raise ValueError('from the callable')


try:
    list(iter(boom, None))
except ValueError as e:
    print('ValueError', e)
for bad in [(5, 1), (1, 2, 3), ()]:
    try:
        iter(*bad)
    except TypeError as e:
        print(e)
