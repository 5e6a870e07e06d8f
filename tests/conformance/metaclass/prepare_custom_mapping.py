# __prepare__ may return any mapping: the class body stores, reads and deletes
# its names through that mapping's own item methods.
class Recorder(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, k, v):
        self.order.append(k)
        super().__setitem__(k, v)
    def __getitem__(self, k):
        if k == "magic":
            return 99
        return super().__getitem__(k)
class M(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        return Recorder()
    def __new__(mcs, name, bases, ns, **kw):
        print(type(ns).__name__, ns.order)
        cls = super().__new__(mcs, name, bases, dict(ns))
        return cls
class A(metaclass=M):
    x = 1
    y = magic
    del x
    def f(self): return y
print(A.y, hasattr(A, "x"))
class Bad(type):
    @classmethod
    def __prepare__(mcs, name, bases): return 5
try:
    class C(metaclass=Bad): pass
except TypeError as e: print(e)
class Plain(type):
    @classmethod
    def __prepare__(mcs, name, bases): return Recorder()
class D(metaclass=Plain):
    z = 2
print(type(D.__dict__).__name__, D.z)
class NoDel(dict):
    def __delitem__(self, k): raise KeyError(k)
class N(type):
    @classmethod
    def __prepare__(mcs, n, b): return NoDel()
try:
    class E(metaclass=N):
        a = 1
        del a
except NameError as e: print("NameError", e)
