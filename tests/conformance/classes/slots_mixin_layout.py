# A class whose slotted base comes after a base without slots takes the slotted base's
# instance layout (as ipaddress's interfaces do); two bases with slots of their own
# conflict unless one layout extends the other.
import gc
import weakref


class Addr:
    __slots__ = ('_ip', '__weakref__')

    def __init__(self, v):
        self._ip = v


class Mixin:
    def describe(self):
        return 'ip=%s' % self._ip


class Iface(Mixin, Addr):
    def __init__(self, v, net):
        Addr.__init__(self, v)
        self.network = net


objs = [Iface(i, 'n%d' % i) for i in range(50)]
print(sum(o._ip for o in objs), objs[3].describe(), objs[7].network, sorted(vars(objs[1])))


class More(Addr):
    __slots__ = ('extra',)


class Both(Mixin, More):
    pass


b = Both(1)
b.extra = 2
b.other = 3
print(b._ip, b.extra, b.other, sorted(vars(b)))


class Other:
    __slots__ = ('x',)


try:
    class Bad(Addr, Other):
        pass
except TypeError as e:
    print('TypeError:', e)


class Sub(Addr):
    pass


class Fine(Sub, More):
    pass


f = Fine(4)
f.extra = 5
print(f._ip, f.extra)
r = weakref.ref(objs[0])
print(r() is objs[0])
del objs, r, b, f
gc.collect()
print('done')
