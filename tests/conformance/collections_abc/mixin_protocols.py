# The mixin methods of collections.abc on classes written in Python:
# Generator's and Coroutine's throw/close from send/throw, AsyncGenerator's
# coroutines (__anext__, athrow, aclose), Set's comparisons (sizes first,
# then the overridable <= and >=) against sets, plain iterables and other
# types, MutableSet's in-place operators (including the set itself and
# repeated values), Mapping's get/in/==/views and MutableMapping's
# pop/popitem/setdefault/update/clear.
from collections.abc import (Generator, Coroutine, AsyncGenerator, Set, MutableSet, Mapping,
                             MutableMapping, Iterable, Reversible, Hashable, Sequence,
                             MutableSequence)


class Counter(Generator):
    def __init__(self, limit, stubborn=False):
        self.n, self.limit, self.stubborn = 0, limit, stubborn

    def send(self, value):
        if self.n >= self.limit:
            raise StopIteration
        self.n += 1
        return self.n

    def throw(self, typ, val=None, tb=None):
        if self.stubborn and typ is GeneratorExit:
            return 'kept going'
        return super().throw(typ, val, tb)


c = Counter(3)
print(list(c), next(Counter(1)), iter(c) is c)
print(c.close(), Counter(2, stubborn=False).close())
try:
    Counter(2, stubborn=True).close()
except RuntimeError as exc:
    print('RuntimeError', exc)
for args in [(ValueError,), (ValueError, ValueError('given')), (KeyError, None, None)]:
    try:
        Counter(1).throw(*args)
    except Exception as exc:
        print(type(exc).__name__, repr(exc))
try:
    1 / 0
except ZeroDivisionError as exc:
    trace = exc.__traceback__
try:
    Counter(1).throw(TypeError, None, trace)
except TypeError as exc:
    chain, link = [], exc.__traceback__
    while link is not None:
        chain.append(link)
        link = link.tb_next
    where = lambda tb: (tb.tb_frame.f_code.co_name, tb.tb_lineno)
    print('TypeError instance', repr(exc), where(chain[-1]) == where(trace), len(chain) > 2)
try:
    Counter(1).throw(IndexError('inst'))
except IndexError as exc:
    print('IndexError', exc)


class Task(Coroutine):
    def __init__(self, answer):
        self.answer = answer

    def __await__(self):
        return iter(())

    def send(self, value):
        raise StopIteration(self.answer)

    def throw(self, typ, val=None, tb=None):
        if typ is GeneratorExit and self.answer == 'ignore':
            return None
        super().throw(typ, val, tb)


print(Task(1).close())
try:
    Task('ignore').close()
except RuntimeError as exc:
    print('RuntimeError', exc)
try:
    Task(2).send(None)
except StopIteration as exc:
    print('StopIteration', exc.value)


print(list(Iterable.__iter__(None)),
      list(Reversible.__reversed__(None)), Hashable.__hash__(None))


class S(Set):
    def __init__(self, items=()):
        self.items = list(dict.fromkeys(items))

    def __contains__(self, x):
        return x in self.items

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)

    def __repr__(self):
        return 'S(%s)' % sorted(self.items)


class Loud(S):
    def __le__(self, other):
        print('  Loud.__le__')
        return S.__le__(self, other)


a, b = S([1, 2]), S([1, 2, 3])
print(a < b, b < a, a > b, b > a, a <= b, b >= a, a == b, a != b, a == S([2, 1]))
print(a < {1, 2, 3}, a == frozenset({1, 2}), {1, 2} == a, a == [1, 2], a.__lt__([1, 2, 3]))
print(Loud([1]) < S([1, 2]), Loud([1]) == S([2]), Loud([1]) == S([1]))
for op in ['<', '>', '<=', '>=']:
    try:
        eval('a %s 5' % op)
    except TypeError as exc:
        print('TypeError', exc)
print(a & [2, 3, 2], a | [5, 5], a - [1], [0, 1] - a, a ^ [2, 9], [9, 2] ^ a, a.isdisjoint(b))
print(S().__and__(5), S().__sub__(5), S().__rsub__(5), S().__xor__(None))


class MS(S, MutableSet):
    def add(self, x):
        if x not in self.items:
            self.items.append(x)

    def discard(self, x):
        if x in self.items:
            self.items.remove(x)


m = MS([1, 2, 3])
m |= [4, 4, 5]
print(m)
m &= [1, 3, 5, 7]
print(m)
m ^= [3, 3, 8, 8]
print(m)
m ^= MS([1, 9])
print(m)
m -= (5, 6)
print(m)
m ^= m
print(m)
m = MS([1, 2])
m -= m
print(m, len(m))
m = MS([3, 4])
print(m.pop(), m.pop())
try:
    m.pop()
except KeyError as exc:
    print('KeyError', repr(exc))
try:
    m.remove(1)
except KeyError as exc:
    print('KeyError', exc)
m = MS([1, 2, 3])
m.clear()
print(m)


class M(MutableMapping):
    def __init__(self, *args, **kw):
        self.d = {}
        self.update(*args, **kw)

    def __getitem__(self, k):
        return self.d[k]

    def __setitem__(self, k, v):
        self.d[k] = v

    def __delitem__(self, k):
        del self.d[k]

    def __iter__(self):
        return iter(self.d)

    def __len__(self):
        return len(self.d)


class Keys:
    def keys(self):
        return ['x', 'y']

    def __getitem__(self, k):
        return k * 2


mm = M([('a', 1)], b=2)
mm.update(M(c=3))
mm.update(Keys())
mm.update([('d', 4)], e=5)
print(sorted(mm.items()), len(mm), 'a' in mm, 'zz' in mm, mm.get('zz'), mm.get('zz', 0))
print(mm.pop('a'), mm.pop('zz', None), mm.pop('zz', 'dflt'), mm.setdefault('b', 9),
      mm.setdefault('n'), mm['n'])
try:
    mm.pop('zz')
except KeyError as exc:
    print('KeyError', exc)
print(mm.popitem(), mm == M(dict(mm.items())), mm == dict(mm.d), mm != {}, mm == 5)
print(list(mm.keys()), list(mm.values()), sorted(mm.items()), repr(mm.keys())[:9])
print(mm.keys() & {'x', 'q'}, mm.items() - {('x', 'xx')} == {(k, v) for k, v in mm.items() if k != 'x'},
      ('x', 'xx') in mm.items(), ('x', 1) in mm.items(), ('q', 1) in mm.items(), 'xx' in mm.values())
mm.clear()
print(len(mm), mm.d)
try:
    mm.popitem()
except KeyError as exc:
    print('KeyError', repr(exc))
print(reversed.__name__, Mapping.__reversed__, M.__reversed__)


class Seq(MutableSequence):
    def __init__(self, items):
        self.items = list(items)

    def __getitem__(self, i):
        return self.items[i]

    def __setitem__(self, i, v):
        self.items[i] = v

    def __delitem__(self, i):
        del self.items[i]

    def __len__(self):
        return len(self.items)

    def insert(self, i, v):
        self.items.insert(i, v)


s = Seq('abcde')
s.reverse()
s.extend(s)
s += 'z'
print(s.items, s.index('c'), s.index('c', 3), s.index('a', -7, -4), s.count('a'), s.pop(), s.pop(0))
s.remove('a')
print(s.items, list(reversed(s)), 'e' in s, 'q' in s)
try:
    print(s.index('c', 3, 6))
    s.index('a', 0, 7)
except ValueError as exc:
    print('ValueError', repr(exc))
print(sorted(MutableSequence.__abstractmethods__), sorted(MutableMapping.__abstractmethods__),
      sorted(MutableSet.__abstractmethods__), sorted(Sequence.__abstractmethods__))


# AsyncGenerator's mixins are coroutines: driven here by hand (send(None)
# until StopIteration), __anext__ awaits asend, aclose awaits athrow.
def drive(awaitable):
    try:
        awaitable.send(None)
    except StopIteration as done:
        return ('returned', done.value)
    except BaseException as exc:
        return ('raised', type(exc).__name__, str(exc))
    return ('suspended',)


class Ticks(AsyncGenerator):
    def __init__(self, mode):
        self.mode, self.left = mode, 2

    async def asend(self, value):
        if not self.left:
            raise StopAsyncIteration
        self.left -= 1
        return 'tick %d' % self.left

    async def athrow(self, typ, val=None, tb=None):
        if self.mode == 'ignore':
            return 'kept going'
        if self.mode == 'stop':
            raise StopAsyncIteration
        return await super().athrow(typ, val, tb)


t = Ticks('raise')
print(drive(t.__anext__()), drive(t.__anext__()), drive(t.__anext__()), t.__aiter__() is t)
for mode in ('raise', 'stop', 'ignore'):
    print(mode, drive(Ticks(mode).aclose()))
print(drive(Ticks('raise').athrow(OSError, OSError(5, 'io'))), drive(Ticks('raise').athrow(KeyError)))
kinds = []
for coro in (Ticks('x').aclose(), Ticks('x').__anext__()):
    kinds.append(type(coro).__name__)
    coro.close()
print(kinds)
