# __length_hint__ of the builtin iterators and operator.length_hint: the
# items an iterator has left, 0 once it is spent or its dict or set changed
# size; enumerate, zip, map and filter have none.
import collections
import operator


def show(label, it, steps=1):
    before = it.__length_hint__()
    for _ in range(steps):
        next(it)
    print(label, type(it).__name__, before, it.__length_hint__(), operator.length_hint(it))


table = {'a': 1, 'b': 2, 'c': 3}
show('list', iter([4, 5, 6, 7]))
show('tuple', iter((4, 5)), 2)
show('str', iter('plain'))
show('range', iter(range(3, 30, 4)))
show('big range', iter(range(2**80, 2**80 + 50, 7)), 2)
show('big range down', iter(range(5, -2**70, -2**66)))
show('keys', iter(table))
show('values', iter(table.values()))
show('items', iter(table.items()), 3)
show('rev keys', reversed(table))
show('rev items', reversed(table.items()))
show('set', iter({9, 8, 7}))
show('frozenset', iter(frozenset('xyz')), 2)
show('rev list', reversed([1, 2, 3]))
show('rev tuple', reversed((1, 2, 3)))
show('rev str', reversed('abc'))
show('rev range', reversed(range(6)))
show('bytes', iter(b'bytes'))
show('bytearray', iter(bytearray(b'ba')))
show('deque', iter(collections.deque('abcd')))
show('rev deque', reversed(collections.deque('abcd')), 3)

wide = iter('naïve café')
for _ in range(3):
    next(wide)
print('wide str', wide.__length_hint__(), operator.length_hint(wide))

# a spent iterator, and one whose source changed under it
it = iter([1, 2])
list(it)
print('spent', it.__length_hint__())
grow = [1, 2, 3]
it = iter(grow)
next(it)
grow.extend([4, 5])
print('grown', it.__length_hint__())
grow.clear()
print('cleared', it.__length_hint__())
back = [1, 2, 3, 4]
rit = reversed(back)
next(rit)
del back[1:]
print('shrunk under reversed', rit.__length_hint__())
members = {1, 2, 3}
it = iter(members)
next(it)
members.add(10)
print('set grew', it.__length_hint__())
mapping = {1: 1}
it = iter(mapping)
mapping[2] = 2
print('dict grew', it.__length_hint__())
buf = bytearray(b'abcdef')
it = iter(buf)
next(it)
del buf[3:]
print('bytearray shrank', it.__length_hint__())


# iter() over __getitem__: a hint only when the object has __len__
class Getter:
    def __getitem__(self, i):
        if i < 4:
            return i * i
        raise IndexError(i)


class SizedGetter(Getter):
    def __len__(self):
        return 4


plain, sized = iter(Getter()), iter(SizedGetter())
next(plain)
next(sized)
print(type(plain).__name__, plain.__length_hint__(), sized.__length_hint__())
print(operator.length_hint(plain, 11), operator.length_hint(sized, 11))
backwards = reversed(SizedGetter())
print(type(backwards).__name__, backwards.__length_hint__())

# which iterators have one
for it in (enumerate([1]), zip([1]), map(abs, [1]), filter(None, [1]), iter(table.keys())):
    print(type(it).__name__, hasattr(it, '__length_hint__'),
          '__length_hint__' in dir(it), operator.length_hint(it, -1))
print('__length_hint__' in dir(iter([])), '__length_hint__' in type(iter(())).__dict__)
print(type(iter([])).__length_hint__(iter([1, 2, 3])))
try:
    type(iter([])).__length_hint__(iter((1,)))
except TypeError as exc:
    print(exc)
try:
    iter([]).__length_hint__(1)
except TypeError as exc:
    print(exc)


# operator.length_hint on other objects
class Hinted:
    def __init__(self, hint):
        self.hint = hint

    def __length_hint__(self):
        return self.hint


print(operator.length_hint([1, 2, 3]), operator.length_hint(object(), 8))
print(operator.length_hint(Hinted(6)), operator.length_hint(Hinted(NotImplemented), 2))
for hint in (-1, 'many', 2**64):
    try:
        operator.length_hint(Hinted(hint))
    except (TypeError, ValueError, OverflowError) as exc:
        print(type(exc).__name__, exc)
try:
    operator.length_hint([], 1.5)
except TypeError as exc:
    print(exc)
print(list(iter(range(4))), len(list(iter(table.items()))))
