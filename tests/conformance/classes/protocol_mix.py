# Metaclasses, descriptors, inherited properties, __slots__ with inheritance,
# abstract classes, NotImplemented chains and the __format__/__bool__/__len__/
# __index__/__hash__/__getattr__ rules side by side.
import abc
class Meta(type):
    def __new__(m, name, bases, ns, **kw):
        cls = super().__new__(m, name, bases, ns)
        cls.registry = getattr(cls, "registry", []) + [name]
        return cls
    def __call__(cls, *a, **k):
        print("Meta.__call__", cls.__name__, a)
        return super().__call__(*a, **k)
    def __instancecheck__(cls, inst):
        return True
class A(metaclass=Meta):
    def __init__(self, x): self.x = x
class B(A): pass
print(B.registry, B(3).x, isinstance(5, A))
class D:
    def __get__(self, obj, typ=None):
        return ("get", obj is None, typ.__name__)
    def __set__(self, obj, v): print("set", v)
class E:
    d = D()
print(E.d, E().d)
e = E(); e.d = 5
class P:
    def __init__(self): self._v = 1
    @property
    def v(self): return self._v
    @v.setter
    def v(self, val): self._v = val * 2
class Q(P):
    @P.v.getter
    def v(self): return self._v + 100
q = Q(); q.v = 5; print(q.v)
try:
    del q.v
except AttributeError as ex: print(ex)
class S:
    __slots__ = ("a",)
class T(S):
    __slots__ = ("b",)
t = T(); t.a = 1; t.b = 2
try: t.c = 3
except AttributeError as ex: print(ex)
print(hasattr(t, "__dict__"), T.__slots__)
class U(S): pass
u = U(); u.c = 5; print(u.__dict__)
class Abs(abc.ABC):
    @abc.abstractmethod
    def f(self): ...
    @property
    @abc.abstractmethod
    def p(self): ...
try: Abs()
except TypeError as ex: print(ex)
class Conc(Abs):
    def f(self): return 1
try: Conc()
except TypeError as ex: print(ex)
class N:
    def __add__(self, o): return NotImplemented
    def __radd__(self, o): return "N.radd"
class M:
    def __add__(self, o): return NotImplemented
print(M() + N())
try: N() + M()
except TypeError as ex: print(ex)
class Fmt:
    def __format__(self, spec): return "F[" + spec + "]"
print(f"{Fmt():>10}", format(Fmt(), "x"), "{:abc}".format(Fmt()))
class Bo:
    def __len__(self): return 0
print(bool(Bo()))
class Bo2:
    def __bool__(self): return 1
try: bool(Bo2())
except TypeError as ex: print(ex)
class L:
    def __len__(self): return -1
try: len(L())
except ValueError as ex: print(ex)
class Ix:
    def __index__(self): return 3
print([1,2,3,4,5][Ix()], bin(Ix()), hex(Ix()), range(10)[Ix()], "ab"*Ix())
class H:
    def __eq__(self, o): return True
try: hash(H())
except TypeError as ex: print(ex)
class H2(H):
    __hash__ = object.__hash__
print(type(hash(H2())).__name__)
class GA:
    def __getattr__(self, n): return "ga:" + n
    def __getattribute__(self, n):
        if n == "boom": raise AttributeError(n)
        return object.__getattribute__(self, n)
g = GA(); g.x = 1
print(g.x, g.boom, g.other)
