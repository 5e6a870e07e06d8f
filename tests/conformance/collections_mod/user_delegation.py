# UserList, UserString and ChainMap method by method: keyword arguments
# reach the wrapped value's methods, comparisons and operators with the
# wrapper, plain values and other types, the copies, pickling support,
# method names, and ChainMap's layers (a defaultdict layer answers missing
# keys, | with mappings on either side, the MutableMapping mixins).
import copy
from collections import UserList, UserString, ChainMap, defaultdict, OrderedDict
from collections.abc import MutableMapping, Mapping

a = UserList([3, 1, 2])
b = UserList(a)
b.append(9)
print(a, b, a.data is b.data, UserList(), UserList((1, 2)), UserList('ab'))
print(a == [3, 1, 2], a == a.data, a == UserList([3, 1, 2]), a != b, a < b, a <= [3], a > [3], a >= b)
print(a == 5, a != 'x', [3, 1, 2] == a, [0] < a)
for op in ('<', '>=', '<='):
    try:
        eval('a %s 5' % op)
    except TypeError as exc:
        print('TypeError', exc)
a.sort(key=lambda v: -v)
print(a, a.index(1), a.index(3, 0, 2), a.count(3), 2 in a, 7 in a, len(a), repr(a), str(a))
a.sort(reverse=True, key=str)
print(a)
try:
    a.index(8)
except ValueError as exc:
    print('ValueError', exc)
print(a.pop(), a.pop(0), a, a + (5,), (5,) + a, a + UserList([6]), a * 3, 2 * a, a[:], a[::-1])
c = UserList([1])
c *= 3
c += 'x'
c.extend(c)
c.extend(UserList(['y']))
c[1:3] = [7]
c.insert(-1, 'i')
del c[0]
print(c, type(c[1:]).__name__)
c.clear()
print(c, bool(c), bool(UserList([0])))
d = copy.copy(UserList([[1], 2]))
d.tag = 'kept'
e = copy.copy(d)
e.append(3)
print(d, e, e.tag, e.data[0] is d.data[0], copy.deepcopy(d).data[0] is d.data[0])
print(UserList.append.__name__, UserList.append.__qualname__, UserList.__len__.__qualname__,
      UserList.__eq__.__qualname__, UserList.__hash__, sorted(UserList.__abstractmethods__))


class Tagged(UserList):
    def __init__(self, items=(), tag='t'):
        super().__init__(items)
        self.tag = tag


t = Tagged([1, 2], tag='x')
print(type(t[:1]).__name__, type(t.copy()).__name__, copy.copy(t).tag, t[:1].tag)

s = UserString('Hello, World')
print(s.split(sep=', '), s.split(','), s.rsplit(maxsplit=0), s.splitlines(keepends=True),
      UserString('a\nb').splitlines(True), s.partition(', '), s.rpartition('o'))
print(s.encode(), s.encode(encoding='utf-16-le')[:4], s.encode('ascii', errors='strict'))
print(s.count('l'), s.count(UserString('l'), 5), s.find('o', 5, 9), s.rfind(UserString('o')),
      s.index('W'), s.rindex('l', 0, 5), s.startswith('Hell'), s.endswith(('d', 'x')),
      s.count(sub='o'), s.find(sub='W', start=2))
print(s.replace('l', 'L'), s.replace(UserString('o'), UserString('0'), 1), type(s.replace('a', 'b')).__name__)
print(s.center(20, '*'), s.ljust(14, '-'), s.rjust(14), s.zfill(15), s.expandtabs(4), s.lower(),
      s.upper(), s.swapcase(), s.title(), s.capitalize(), s.casefold())
print(s.strip('Hd'), s.lstrip('He'), s.rstrip('dl'), s.removeprefix('Hello'), s.removesuffix('World'),
      type(s.strip()).__name__)
print(s.isalpha(), UserString('abc').isalpha(), UserString('12').isdigit(), UserString('Ab').istitle(),
      UserString(' ').isspace(), UserString('x_1').isidentifier(), UserString('é').isascii())
print(UserString(',').join(['a', 'b']), UserString('{0}-{x}').format(1, x=2),
      UserString('{a}').format_map({'a': 3}))
table = UserString.maketrans('lo', '01')
print(s.translate(table), UserString.maketrans({'a': 'b'}), str.maketrans is not None)
print(s == 'Hello, World', s == UserString('Hello, World'), s < 'I', s > UserString('A'),
      s <= 'Hello, World', s >= 'z', s != 'x', s == 5)
try:
    s < 5
except TypeError as exc:
    print('TypeError', exc)
print(s + '!', s + UserString('?'), s + 5, '>' + s, 5 + UserString('x') if False else 'skip',
      s * 2, 3 * UserString('ab'), UserString('%s=%d') % ('k', 4), '[%s]' % str(s),
      UserString('x') in s, 'W' in s, 'w' in s)
print(int(UserString(' 42 ')), float(UserString('2.5')), complex(UserString('1+2j')),
      hash(UserString('q')) == hash('q'), len(s), s[0], s[-5:], type(s[0]).__name__,
      list(UserString('ab')), list(reversed(UserString('ab'))))
print(UserString(UserString('copy')), UserString(42), UserString(None), UserString([1]),
      repr(UserString('r')), str(UserString('s')), s.__getnewargs__())
print(copy.copy(s) == s, type(copy.copy(s)).__name__, sorted({UserString('a'), UserString('a')}))
print(UserString.upper.__qualname__, UserString.isdigit.__name__, UserString.__int__.__qualname__,
      sorted(UserString.__abstractmethods__))

fallback = ChainMap(defaultdict(lambda: 'made'), {'k': 1})
print(fallback['k'], fallback['new'], dict(fallback.maps[0]), 'new' in fallback, len(fallback))
front = {'a': 1}
back = {'a': 10, 'b': 20}
cm = ChainMap(front, back)
print(isinstance(cm, MutableMapping), cm == {'a': 1, 'b': 20}, cm == ChainMap({'a': 1, 'b': 20}),
      cm != {'a': 1}, cm == [1], list(cm), list(cm.keys()), list(cm.values()), list(cm.items()))
print(cm | {'c': 3}, {'z': 0, 'a': 5} | cm, type({'z': 0} | cm).__name__,
      cm | OrderedDict(b=2), cm.__or__(5), cm.__ror__([1]))
cm2 = cm.copy()
cm2 |= {'b': 2}
cm2['d'] = 4
cm2.update({'e': 5}, f=6)
print(cm2, cm, cm2.setdefault('a', 0), cm2.setdefault('g', 7), cm2.pop('g'), cm2.pop('x', 'dflt'))
for bad in ('b', 'x'):
    try:
        cm2.pop(bad)
    except KeyError as exc:
        print('KeyError', exc)
    try:
        del cm2[bad]
    except KeyError as exc:
        print('KeyError', exc)
print(cm2.popitem(), cm2.get('b'), cm2.get('q', 'none'), bool(ChainMap()), bool(ChainMap({}, {1: 2})))
cm2.clear()
print(cm2, cm.new_child(), cm.new_child({'n': 1}, k=2), cm.new_child(x=1), cm.new_child(m={'y': 2}))
print(cm.parents, cm.parents.parents, ChainMap.fromkeys('ab'), ChainMap.fromkeys('ab', 0))
try:
    ChainMap().popitem()
except KeyError as exc:
    print('KeyError', exc)
rec = ChainMap({})
rec.maps[0]['self'] = rec
print(rec, copy.copy(cm).maps[0] is front, copy.copy(cm).maps[1] is back)


class Scope(ChainMap):
    def __missing__(self, key):
        return 'missing:' + key


print(Scope({'a': 1})['b'], Scope({'a': 1}).get('b'), type(Scope().new_child()).__name__,
      type(Scope() | {}).__name__)
dd = defaultdict(list, {'a': [1]})
od = OrderedDict(b=2)
print(dd | {'c': 3}, {'c': 3} | dd, od | {'a': 1}, {'a': 1} | od, dd.__or__(5), od.__ror__([1]))
dd |= {'z': 0}
od |= [('y', 9)]
print(dd, od)
