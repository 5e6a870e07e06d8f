# enumerate's count goes on past 2**63 - 1 as an int of any size, from any
# start an int can hold; an int subclass or a bool counts as its value.
import sys

LIMIT = sys.maxsize
words = ['x', 'y', 'z']

# the count crossing int64's limit, through each way of iterating
print(list(enumerate('xyz', LIMIT - 1)))
print(list(enumerate(tuple(words), LIMIT)))
for n, w in enumerate(words, LIMIT - 1):
    print(n, w, n - LIMIT)
for n, w in enumerate(tuple(words), LIMIT - 1):
    print(n, w)
for pair in enumerate(iter(words), LIMIT):
    print(pair)

# the small-int boundary (2**62) the loop's fast path leaves
for n, w in enumerate(words, 2**62 - 2):
    print(n, w)
for n, w in enumerate(tuple(words), -2**62 - 1):
    print(n, w)

# starts beyond int64, up and down, by position and by name
print(list(enumerate('ab', 2**70)))
print(list(enumerate('ab', start=-2**64)))
print(list(enumerate('abc', -LIMIT - 2)))
e = enumerate(range(5), 10**30)
print(next(e), next(e), list(e))
total = 0
for n, w in enumerate(words * 3, 3**50):
    total += n - 3**50
print(total)

# what counts as a start
print(list(enumerate('ab', True)), list(enumerate('ab', start=False)))


class Big(int):
    def __index__(self):
        return -1


class Idx:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


print(list(enumerate('ab', Big(40))))
print(list(enumerate('ab', Idx(2**65))))
print(list(enumerate('ab', Idx(-3))))
print([n for n, _ in enumerate('abc', Big(LIMIT))])
for bad in (1.5, '3', None, Idx('x')):
    try:
        enumerate('ab', bad)
    except TypeError as exc:
        print(type(bad).__name__, exc)

# an int subclass stands for its value wherever an index is read
print(list(range(Big(3))), 'abcdef'[Big(2)], [0, 1, 2][Big(1)])
