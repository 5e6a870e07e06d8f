# What can be referred to weakly, and the type's attributes.
import weakref


class WithSlots:
    __slots__ = ("a",)


class WithWeakSlot:
    __slots__ = ("a", "__weakref__")


def f():
    pass


def gen():
    yield 1


class K:
    def m(self):
        pass


ok = [f, K, K(), K().m, gen(), {1, 2}, WithWeakSlot(), len, weakref]
print([type(weakref.ref(x)).__name__ for x in ok])
for bad in (WithSlots(), 1.5, "x", [1], {}, ()):
    try:
        weakref.ref(bad)
    except TypeError as e:
        print("TypeError:", e)
print(weakref.ref, weakref.ReferenceType is weakref.ref, weakref.getweakrefcount(1))
try:
    weakref.ref()
except TypeError as e:
    print("TypeError:", e)
