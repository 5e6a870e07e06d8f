# __del__ runs when the last reference goes: del, rebinding, a function's
# locals, container teardown (lists and tuples last item first, dicts in
# order), chains of objects, once per object even when resurrected.
import weakref


class Noisy:
    def __init__(self, name, child=None):
        self.name = name
        self.child = child

    def __del__(self):
        print('del', self.name, 'child' if self.child else '')


a = Noisy('a')
del a
print('after del')
b = Noisy('b')
b = Noisy('b2')
print('after rebind')
b = None


def scope():
    x = Noisy('local')
    y = Noisy('local2')
    print('leaving scope')


scope()
print('after scope')
items = [Noisy('l1'), Noisy('l2'), Noisy('l3')]
items.clear()
print('list cleared')
items = [Noisy('m1'), Noisy('m2')]
items = None
print('list dropped')
t = (Noisy('t1'), Noisy('t2'))
del t
print('tuple dropped')
d = {'x': Noisy('d1'), 'y': Noisy('d2')}
del d
print('dict dropped')
d = {'k': Noisy('popped')}
d.pop('k')
print('popped')
chain = Noisy('outer', Noisy('middle', Noisy('inner')))
del chain
print('chain dropped')
for i in range(3):
    n = Noisy('loop%d' % i)
print('loop done')
del n


class Resurrect:
    saved = []

    def __del__(self):
        print('resurrecting', self.value)
        Resurrect.saved.append(self)


r = Resurrect()
r.value = 42
del r
print('saved', len(Resurrect.saved), Resurrect.saved[0].value)
Resurrect.saved.clear()
print('cleared without a second __del__')


class WithRef:
    def __del__(self):
        print('__del__ before the callback')


w = WithRef()
ref = weakref.ref(w, lambda r: print('weakref callback, dead:', r() is None))
del w
print('after weakref')


class Counter:
    count = 0

    def __del__(self):
        Counter.count += 1


for _ in range(1000):
    Counter()
print('counted', Counter.count)


class Sub(Noisy):
    pass


s = Sub('subclass')
s = None


class Base:
    def __del__(self):
        print('base del', type(self).__name__)


class Derived(Base):
    def __del__(self):
        print('derived del')
        super().__del__()


Derived()
print('end')
