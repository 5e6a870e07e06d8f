class Base:
    def __init_subclass__(cls, /, plugin=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin = plugin

X = type("X", (Base,), {"a": 1}, plugin="p")
print(X.plugin, X.a)
try:
    type("Y", (), {}, x=1)
except TypeError as e:
    print("TypeError:", e)
try:
    type("Y", (Base,), {}, plugin=1, other=2)
except TypeError as e:
    print("TypeError:", e)

class Explicit:
    @classmethod
    def __init_subclass__(cls, **kw):
        print("explicit", cls.__name__, kw)
class E1(Explicit, k=1): pass

class CG:
    @classmethod
    def __class_getitem__(cls, item):
        return (cls.__name__, item)
print(CG[int, str])

class Singleton(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]
class Conf(metaclass=Singleton):
    def __init__(self, v=0):
        self.v = v
a = Conf(1); b = Conf(2)
print(a is b, a.v)

class MA(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("MA.__new__", mcls.__name__, name)
        return super().__new__(mcls, name, bases, ns, **kw)
class MB(MA): pass
class PA(metaclass=MA): pass
class PB(metaclass=MB): pass
class PC(PA, PB): pass
print(type(PC).__name__)

import types
T = types.new_class("T", (Base,), {"plugin": "nc"}, lambda ns: ns.update({"z": 9}))
print(T.plugin, T.z, T.__name__)

class Desc:
    def __set_name__(self, owner, name):
        self.public = name
        self.private = "_" + name
    def __get__(self, obj, owner=None):
        return getattr(obj, self.private, None) if obj is not None else self
    def __set__(self, obj, value):
        setattr(obj, self.private, value * 2)
class Inherit:
    a = Desc()
class Child(Inherit):
    b = Desc()
c = Child()
c.a = 1
c.b = 2
print(c.a, c.b, Child.a.public, Child.b.private, sorted(vars(c)))

# __init_subclass__ signature errors
class Strict:
    def __init_subclass__(cls, *, required):
        cls.required = required
try:
    class S1(Strict): pass
except TypeError as e:
    print("TypeError:", e)
class S2(Strict, required=3): pass
print(S2.required)
try:
    class S3(Strict, required=1, extra=2): pass
except TypeError as e:
    print("TypeError:", e)

# keywords evaluation order and __prepare__ receives them
order = []
def note(x):
    order.append(x)
    return x
class Ordered(note(object), metaclass=note(type), **{"x" if False else "y": 1} if False else {}):
    pass
print(order)
# metaclass keyword with a non-type callable that returns a class
def make(name, bases, ns, **kw):
    ns["made_by"] = "make"
    return type(name, bases, ns)
class Made(metaclass=make):
    pass
print(Made.made_by, type(Made).__name__)
class GenericLike:
    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        return f"{cls.__name__}[{', '.join(p.__name__ for p in params)}]"
print(GenericLike[int], GenericLike[int, str])
