# pickle: the exact bytes of protocols 2 to 5 for plain values, containers, shared and
# self-referencing objects, classes and functions by reference and instances through
# the reduce protocol; loads of each, pickles made by hand, and the errors of both ways.
import collections
import io
import pickle
import zlib


class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance
        self.history = []


class Slotted:
    __slots__ = ('left', 'right')

    def __init__(self):
        self.left = 'L'


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __reduce__(self):
        return (Money, (self.cents,))


class Session:
    def __init__(self):
        self.user = 'ann'
        self.cache = {'tmp': 1}

    def __getstate__(self):
        return {'user': self.user}

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.cache = {}


class NotFound(Exception):
    pass


def helper():
    return 1


shared = ['s']
loop = []
loop.append(loop)
values = [None, True, False, 0, 200, 300, 70000, -5, 2**31, -2**31 - 1, 2**70, -2**39,
          1.25, float('-inf'), '', 'text', 'naïve ☃', 'w' * 260, b'', b'raw', bytearray(b'ba'),
          (), ('one',), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [7], [1, 2], {}, {'k': 'v'},
          {'a': 1, 'b': [2]}, set(), {3}, frozenset(), frozenset({5}), [shared, shared],
          loop, helper, len, Account, int, type(None), Ellipsis, NotImplemented, range(2, 9, 3),
          complex(1, -1), collections.OrderedDict(x=1), collections.Counter('aab'),
          collections.defaultdict(list, {'q': [1]}), collections.deque([1, 2], maxlen=4),
          NotFound('missing', 3), KeyError('k')]
for value in values:
    for proto in (2, 3, 4, 5):
        data = pickle.dumps(value, proto)
        back = pickle.loads(data)
        same = back is loop and back[0] is back if value is loop else back == value
        print(proto, data if len(data) < 120 else zlib.crc32(data), same)

for obj in [Account('bo', 12), Slotted(), Money(250), Session()]:
    for proto in (2, 4):
        data = pickle.dumps(obj, proto)
        back = pickle.loads(data)
        print(proto, data, type(back).__name__, getattr(back, '__dict__', None),
              [getattr(back, n, '-') for n in getattr(back, '__slots__', ())])

many = [list(range(1500)), {i: str(i) for i in range(1200)}, set(range(2100)), 'y' * 70000,
        [b'z' * 66000, 'after']]
for value in many:
    data = pickle.dumps(value)
    print(len(data), zlib.crc32(data), data[:14], pickle.loads(data) == value)

stream = io.BytesIO()
pickle.dump({'first': 1}, stream, protocol=2)
pickle.Pickler(stream, 5).dump(['second'])
stream.seek(0)
print(pickle.load(stream), pickle.Unpickler(stream).load())
print(pickle.loads(b'(lp0\nI1\naI01\naF2.5\naL7L\naVhi\np1\nag1\na.'))
print(pickle.loads(b'\x80\x02c__builtin__\nset\nq\x00]q\x01K\x05a\x85q\x02Rq\x03.'))
print(pickle.DEFAULT_PROTOCOL, pickle.HIGHEST_PROTOCOL, pickle.REDUCE, pickle.STOP)
for data in [b'', b'\x80\x04', b'\x80\x04K', b'\x00', b'0.', b'\x80\x04h\x09.', b'\x80\x09N.']:
    try:
        pickle.loads(data)
    except Exception as exc:
        print(type(exc).__name__, exc)


def local_class():
    class Inner:
        pass
    return Inner


for value in [lambda: 0, local_class(), (n for n in ())]:
    try:
        pickle.dumps(value)
    except Exception as exc:
        print(type(exc).__name__, str(exc).split(' at 0x')[0])
try:
    pickle.loads('text')
except TypeError as exc:
    print(exc)
print(issubclass(pickle.PicklingError, pickle.PickleError), pickle.UnpicklingError.__bases__)
print(pickle.loads(b"S'a\\tb\\x41\\101\\''\n."), pickle.loads(b"S'a\\nb'\n."), pickle.loads(b"Vcaf\\u00e9\n."))
