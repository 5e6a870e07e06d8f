# Sequence and container protocols, in-place fallbacks, __init_subclass__ chains,
# descriptors with __set_name__, cooperative super(), numeric dunders.
class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError(i)
        return i * 10
print(list(Seq()), 20 in Seq(), 5 in Seq(), list(reversed([1,2])))
class Rev:
    def __len__(self): return 3
    def __getitem__(self, i): return "abc"[i]
print(list(reversed(Rev())))
class IA:
    def __init__(self, v): self.v = v
    def __iadd__(self, o): return NotImplemented
    def __add__(self, o): return IA(self.v + o)
a = IA(1); a += 5; print(a.v)
class C:
    def __call__(self, *a, **k): return (a, sorted(k))
print(C()(1, 2, z=3))
class Base:
    def __init_subclass__(cls, /, **kw):
        print("init_subclass", cls.__name__, kw)
        super().__init_subclass__()
class Mid(Base, x=1): pass
class Leaf(Mid, y=2): pass
class Str:
    def __str__(self): return "S"
class Rep:
    def __repr__(self): return "R"
print(str(Rep()), repr(Str())[:14], f"{Rep()}", [Rep()], ("%s %r" % (Rep(), Str()))[:5])
class Ord:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return f"Ord({self.v})"
print(sorted([Ord(3), Ord(1), Ord(2)]), max(Ord(1), Ord(5)), min([Ord(4), Ord(2)]))
try: Ord(1) > 3
except AttributeError as e: print("AE", e)
import functools
@functools.total_ordering
class TO:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(TO(1) <= TO(2), TO(3) >= TO(2), TO(1) > TO(2))
class Cls:
    count = 0
    @classmethod
    def make(cls): cls.count += 1; return cls()
    @staticmethod
    def s(x): return x * 2
class Sub(Cls): pass
Sub.make(); Sub.make(); print(Cls.count, Sub.count, Sub.s(4), Sub().s(5))
class WithSlots:
    __slots__ = ("x", "__weakref__")
    def __init__(self): self.x = 1
import weakref
w = WithSlots(); r = weakref.ref(w); print(r() is w)
class NoWR:
    __slots__ = ("x",)
try: weakref.ref(NoWR())
except TypeError as e: print(e)
class Desc:
    def __set_name__(self, owner, name): self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None: return self
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value): setattr(obj, self.name, value * 2)
class Host:
    attr = Desc()
h = Host(); print(h.attr); h.attr = 4; print(h.attr, Host.attr.name, vars(h))
class Dyn: pass
Dyn.method = lambda self: "dyn"
print(Dyn().method(), type(Dyn.__dict__["method"]).__name__)
class P1:
    def who(self): return "P1"
class P2(P1):
    def who(self): return "P2>" + super().who()
class P3(P1):
    def who(self): return "P3>" + super().who()
class P4(P2, P3):
    def who(self): return "P4>" + super().who()
print(P4().who(), [k.__name__ for k in P4.__mro__])
try:
    class Bad(P1, P2): pass
except TypeError as e: print(e)
print(type(type), type(int), isinstance(int, type), issubclass(bool, int), bool.__mro__)
class MDict(dict):
    def __missing__(self, k): return k.upper()
print(MDict(a=1)["a"], MDict()["zz"], MDict().get("q"))
class Num:
    def __init__(self, v): self.v = v
    def __neg__(self): return Num(-self.v)
    def __abs__(self): return abs(self.v)
    def __round__(self, n=None): return ("round", n)
    def __trunc__(self): return 7
    def __floor__(self): return 8
    def __ceil__(self): return 9
    def __int__(self): return 11
    def __float__(self): return 1.5
import math
print((-Num(3)).v, abs(Num(-4)), round(Num(1)), round(Num(1), 2), math.trunc(Num(0)), math.floor(Num(0)), math.ceil(Num(0)), int(Num(0)), float(Num(0)))
print(divmod(7, 2), pow(2, 10, 1000), 2 ** -1, (-8) ** (1/3) if False else 0, 7 // -2, -7 % 3, round(2.5), round(3.5), round(-0.5))
