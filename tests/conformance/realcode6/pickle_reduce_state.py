# pickle: __reduce__ results with list items, dict items, state and a state setter; BUILD
# with __setstate__, a __dict__ state (keys interned), a (dict, slots) pair and empty parts;
# the bytes of each protocol closured writes (2 to 5) and what loads back; whichmodule for objects without __module__.
import copyreg
import pickle


class Bag:
    def __init__(self):
        self.items = []
        self.extra = {}

    def append(self, x):
        self.items.append(x)

    def extend(self, xs):
        self.items.extend(xs)

    def __setitem__(self, k, v):
        self.extra[k] = v

    def __reduce__(self):
        return (Bag, (), {'tag': 'bag'}, iter(self.items), iter(sorted(self.extra.items())))

    def __repr__(self):
        return 'Bag(%r, %r, %r)' % (self.items, self.extra, getattr(self, 'tag', None))


def set_state(obj, state):
    obj.via_setter = state
    return 'ignored'


class WithSetter:
    def __reduce__(self):
        return (WithSetter, (), {'s': 1}, None, None, set_state)


class Slotted:
    __slots__ = ('a', 'b', '__dict__')

    def __reduce_ex__(self, proto):
        return (Slotted, (), ({'d': 4}, {'a': 1, 'b': 2}))


class Custom:
    def __init__(self, v=0):
        self.v = v

    def __setstate__(self, state):
        self.v = ('set', state)


class EmptyState:
    def __reduce__(self):
        return (EmptyState, (), ({}, {}))


class OnlySlots:
    def __reduce__(self):
        return (OnlySlots, (), (None, {'x': 5}))


bag = Bag()
bag.extend([1, 2, 3] * 5)
for i in range(3):
    bag['k%d' % i] = i
values = [bag, WithSetter(), Slotted(), Custom(7), EmptyState(), OnlySlots()]
for proto in range(2, pickle.HIGHEST_PROTOCOL + 1):
    for v in values:
        data = pickle.dumps(v, proto)
        back = pickle.loads(data)
        print(proto, type(v).__name__, data.hex())
        print('   ', back if isinstance(back, Bag) else sorted(
            (k, getattr(back, k)) for k in ('a', 'b', 'd', 's', 'v', 'x', 'via_setter')
            if hasattr(back, k)))
    print(proto, pickle.dumps(values, proto).hex())

# keys of a BUILD dict state that are not str stay as they are
class Any:
    pass

a = Any()
state_pickle = b'\x80\x02c__main__\nAny\nq\x00)\x81q\x01}q\x02(K\x01K\x02X\x01\x00\x00\x00kK\x03ub.'
obj = pickle.loads(state_pickle)
print(sorted(obj.__dict__.items(), key=repr))

def local():
    pass
local.__module__ = None
try:
    pickle.dumps(local)
except (pickle.PicklingError, AttributeError) as exc:
    print(type(exc).__name__, exc)
print(pickle.whichmodule(copyreg.dispatch_table.__class__, 'dict'))
class Nomod:
    pass
fn = len
print(pickle.whichmodule(fn, 'len'), pickle.whichmodule(Nomod, 'Nomod'))
