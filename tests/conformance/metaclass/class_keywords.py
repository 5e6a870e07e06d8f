class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", name, sorted(kw.items()))
        cls = super().__new__(mcls, name, bases, ns)
        cls.meta_kw = kw
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name, sorted(kw.items()))
        super().__init__(name, bases, ns)
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, sorted(kw.items()))
        return {"injected": 1}

class A(metaclass=Meta, flavor="x", size=3):
    pass
print(A.meta_kw, A.injected, type(A).__name__)

opts = {"flavor": "y"}
class B(A, **opts):
    pass
print(B.meta_kw)

class Base:
    registry = []
    def __init_subclass__(cls, /, plugin=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin = plugin
        Base.registry.append((cls.__name__, plugin))

class P1(Base, plugin="one"): pass
class P2(Base): pass
class P3(P1, plugin="three"): pass
print(Base.registry, P2.plugin)
try:
    class Bad(Base, unknown=1): pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Bad2(unknown=1): pass
except TypeError as e:
    print("TypeError:", e)

class Default:
    def __init_subclass__(cls, level=0):
        cls.level = level
class D1(Default): pass
class D2(Default, level=5): pass
print(D1.level, D2.level)

# __init_subclass__ is implicitly a classmethod
class Q:
    def __init_subclass__(cls):
        print("init_subclass of", cls.__name__, "from", cls.__mro__[1].__name__)
class R(Q): pass
class S(R): pass

# __set_name__
class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.owner = owner
        self.name = name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.__dict__.get(self.name, "unset:" + self.name)
    def __set__(self, obj, value):
        obj.__dict__[self.name] = value

class Model:
    x = Field()
    y = Field()
    z = 3
m = Model()
m.x = 10
print(m.x, m.y, Model.x.owner.__name__)

class Late:
    pass
f = Field()
Late.w = f
print(hasattr(f, "name"))

class Boom:
    def __set_name__(self, owner, name):
        raise ValueError("no " + name)
try:
    class Holder:
        b = Boom()
except Exception as e:
    print(type(e).__name__, e, e.__cause__ is not None, repr(e.__cause__) if e.__cause__ else None)

# __class_getitem__
class Box:
    def __class_getitem__(cls, item):
        return f"Box[{item!r}]"
print(Box[int], Box["a", 1])
class SubBox(Box): pass
print(SubBox[3])
try:
    Model[int]
except TypeError as e:
    print("TypeError:", e)
print(list[int], dict[str, int], tuple[int, ...], type[int])
print(list[int] == list[int], list[int]().__class__)

# keyword to type() itself
try:
    class T(object, metaclass=type, x=1): pass
except TypeError as e:
    print("TypeError:", e)

# metaclass conflict
class M1(type): pass
class M2(type): pass
class X1(metaclass=M1): pass
class X2(metaclass=M2): pass
try:
    class X3(X1, X2): pass
except TypeError as e:
    print("TypeError:", e)

# metaclass a function
def meta_fn(name, bases, ns, **kw):
    print("meta_fn", name, bases, sorted(k for k in ns if not k.startswith("__")), kw)
    return 42
class F(metaclass=meta_fn, tag=1):
    a = 1
print(F)

# __init_subclass__ with metaclass kwargs consumed by metaclass
class M3(type):
    def __new__(mcls, name, bases, ns, *, debug=False, **kw):
        cls = super().__new__(mcls, name, bases, ns, **kw)
        cls.debug = debug
        return cls
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
class Base3(metaclass=M3):
    def __init_subclass__(cls, **kw):
        print("Base3 init_subclass", cls.__name__, kw)
class C3(Base3, debug=True, color="red"): pass
print(C3.debug)
print(Meta.__prepare__("n", (), k=1))
