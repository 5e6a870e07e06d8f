# pickle protocols 0 (text) and 1 (the first binary one): dumps writes CPython's bytes
# exactly for the builtin values, shared and recursive structures, classes and
# functions by name, and objects through copyreg's protocol-0/1 reduction; loads
# reads them back.
import collections
import copyreg
import decimal
import fractions
import io
import pickle


class Plain:
    def __init__(self):
        self.x = 1
        self.name = 'n'


class Empty:
    pass


class Reduced:
    def __init__(self, a):
        self.a = a

    def __reduce__(self):
        return (Reduced, (self.a,))


class Slotted:
    __slots__ = ('a', 'b')

    def __init__(self):
        self.a = 1
        self.b = [2]


class SlottedState:
    __slots__ = ('a',)

    def __init__(self):
        self.a = 4

    def __getstate__(self):
        return {'a': self.a}

    def __setstate__(self, state):
        self.a = state['a']


class Stateful:
    def __init__(self):
        self.v = 3

    def __getstate__(self):
        return {'v': self.v * 2}

    def __setstate__(self, state):
        self.v = state['v']


class TupleState:
    def __getstate__(self):
        return ('t', 1)

    def __setstate__(self, state):
        self.state = state


class NewObj:
    def __reduce__(self):
        return (copyreg.__newobj__, (NewObj,))


class MyList(list):
    pass


class MyDict(dict):
    pass


class MyInt(int):
    pass


shared = [1, 2]
values = [
    None, True, False, 0, 1, -1, 255, 256, 65535, 65536, 2**31 - 1, 2**31, -2**31,
    -2**31 - 1, 2**63, -2**64, 10**30,
    0.5, -1e300, float('inf'), float('nan'), 1e-7, 3.0,
    '', 'abc', 'a\nb\\c', 'é€😀', 'x\r\t\x00\x1a\x7f\xff\u0100', '\ud800', 'a b',
    b'', b'ab\x00\xff', bytearray(b'xy'), bytearray(),
    (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1], [1, 'a', None], {}, {'a': 1},
    {1: 2, 3: 4}, {1, 2}, frozenset({3}), set(), frozenset(),
    [shared, shared], (shared, shared), {'k': shared, 'j': shared}, [[1] * 3] * 2,
    Plain(), Empty(), Reduced(5), Slotted(), SlottedState(), Stateful(), TupleState(),
    NewObj(), MyList([1, 2]), MyDict(a=1), MyInt(5),
    len, Plain, int, type(None), ..., NotImplemented,
    complex(1, 2), range(1, 10, 2), slice(1, 2), collections.OrderedDict(a=1),
    collections.deque([1, 2]), fractions.Fraction(1, 3), decimal.Decimal('1.5'),
    ValueError('bad', 2), KeyError('k'),
]
loop = []
loop.append(loop)
values.append(loop)
holder = ([],)
holder[0].append(holder)
values.append(holder)
mapping = {}
mapping['self'] = mapping
values.append(mapping)

for proto in (0, 1):
    for value in values:
        try:
            data = pickle.dumps(value, proto)
        except TypeError as exc:
            print(proto, 'TypeError', exc)
            continue
        back = pickle.loads(data)
        same = repr(back) == repr(value) or type(back) is type(value)
        print(proto, data, same)

# long lists and dicts: protocol 0 appends item by item, protocol 1 in batches of 1000
numbers = list(range(1005))
table = {i: -i for i in range(1003)}
for proto in (0, 1):
    for value in (numbers, table):
        data = pickle.dumps(value, proto)
        print(proto, len(data), data[:40], data[-40:], pickle.loads(data) == value)

# many memo entries: protocol 1's long PUT and GET forms
words = [str(i) for i in range(300)]
for proto in (0, 1):
    data = pickle.dumps([words, words[5], words[299]], proto)
    print(proto, data[-40:], pickle.loads(data)[2])


# persistent ids: text in protocol 0
class Keeper(pickle.Pickler):
    def persistent_id(self, obj):
        if obj == 'external':
            return 'id1'
        if obj == 'number':
            return 42
        if obj == 'wide':
            return 'ïd'
        return None


class Finder(pickle.Unpickler):
    def persistent_load(self, pid):
        return ('found', pid)


for proto in (0, 1):
    for value in (['external', 1], ['number'], ['wide']):
        out = io.BytesIO()
        try:
            Keeper(out, proto).dump(value)
        except pickle.PicklingError as exc:
            print(proto, 'PicklingError', exc)
            continue
        print(proto, out.getvalue(), Finder(io.BytesIO(out.getvalue())).load())

print(pickle.loads(pickle.dumps(Stateful(), 0)).v, pickle.loads(pickle.dumps(TupleState(), 1)).state)
print(pickle.loads(pickle.dumps(SlottedState(), 0)).a, pickle.dumps(3, protocol=0))
