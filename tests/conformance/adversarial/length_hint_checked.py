# list(x) and list.extend(x) size the list from x's __len__ or
# __length_hint__ first, as CPython's do: a wrong answer is an error there.
import operator
class LH:
    def __init__(self, h):
        self.h = h
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 3:
            raise StopIteration
        return self.i
    def __length_hint__(self):
        return self.h
for h in [-1, 2 ** 100, 'x', 1.5, NotImplemented, True, 5, 0]:
    for name, f in [('length_hint', lambda: operator.length_hint(LH(h))), ('list', lambda: list(LH(h))),
                    ('extend', lambda: (lambda l: (l.extend(LH(h)), l)[1])([0]))]:
        try:
            print(repr(h)[:12], name, f())
        except (ValueError, OverflowError, TypeError) as e:
            print(repr(h)[:12], name, type(e).__name__, e)
class RaisesType(LH):
    def __length_hint__(self):
        raise TypeError('no hint')
class RaisesKey(LH):
    def __length_hint__(self):
        raise KeyError('hint')
print(list(RaisesType(0)), operator.length_hint(RaisesType(0), 7))
try:
    list(RaisesKey(0))
except KeyError as e:
    print('KeyError', e)
class LenBad:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __iter__(self):
        return iter([1])
for n in [-1, 3, 0]:
    try:
        print(n, list(LenBad(n)))
    except ValueError as e:
        print(n, 'ValueError', e)
class LenTypeError:
    def __len__(self):
        raise TypeError('len')
    def __iter__(self):
        return iter('ab')
print(list(LenTypeError()))
