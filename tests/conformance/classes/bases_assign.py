class A:
    def f(self): return 'A'
class B:
    def f(self): return 'B'
class C(A): pass
c = C()
print(c.f(), [k.__name__ for k in C.__mro__])
C.__bases__ = (B,)
print(c.f(), [k.__name__ for k in C.__mro__], C.__bases__)
class D(C): pass
C.__bases__ = (A,)
print(D().f(), [k.__name__ for k in D.__mro__])
for bad in [(), (1,), (D,), (int,), (C,)]:
    try:
        C.__bases__ = bad
    except Exception as e:
        print(type(e).__name__, e)
try:
    int.__bases__ = (object,)
except Exception as e:
    print(type(e).__name__, e)
try:
    object.__bases__ = ()
except Exception as e:
    print(type(e).__name__, e)
try:
    del C.__bases__
except Exception as e:
    print(type(e).__name__, e)
try:
    C.__bases__ = [A]
except Exception as e:
    print(type(e).__name__, e)
class E(A, B): pass
try:
    C.__bases__ = (A, A)
except Exception as e:
    print(type(e).__name__, e)
class X: pass
class Y(X): pass
try:
    C.__bases__ = (X, Y)
except Exception as e:
    print(type(e).__name__, e)
# a metaclass mro() is asked again, and the lookup caches follow the new order
class M(type):
    def mro(cls):
        return super().mro()
class P:
    v = 'P'
class Q:
    v = 'Q'
class R(P, metaclass=M):
    pass
class S(R):
    pass
print(S.v, S().v)
R.__bases__ = (Q,)
print(S.v, S().v, [k.__name__ for k in S.__mro__])
try:
    R.__bases__ = (S,)
except TypeError as e:
    print(type(e).__name__, e)
print([k.__name__ for k in S.__mro__], isinstance(S(), Q), issubclass(S, P))
