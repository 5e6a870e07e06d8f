class Registry(type):
    classes = {}

    def __new__(mcs, name, bases, ns, **kw):
        cls = super().__new__(mcs, name, bases, ns)
        if bases:
            mcs.classes[name] = cls
        return cls

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.tag = kw.get("tag", name.lower())

    def describe(cls):
        return f"{cls.__name__}<{cls.tag}>"


class Plugin(metaclass=Registry):
    pass


class Audio(Plugin, tag="snd"):
    pass


class Video(Plugin):
    def play(self):
        return "playing " + type(self).__name__


print(sorted(Registry.classes))
print(Audio.tag, Video.tag, Audio.describe())
print(type(Audio) is Registry, isinstance(Video, Registry), isinstance(Video, type))
print(type(Plugin).__name__, Video.__class__.__name__)
print(Video().play())
print(Registry.__mro__)


class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self, value=0):
        self.value = value
        print("init", value)


a = Config(1)
b = Config(2)
print(a is b, a.value)


class Ordered(type):
    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        print("prepare", name, kw)
        return {"preset": 42}

    def __new__(mcs, name, bases, ns, **kw):
        return super().__new__(mcs, name, bases, ns)

    def __len__(cls):
        return len(cls.fields)

    def __iter__(cls):
        return iter(cls.fields)

    def __getitem__(cls, i):
        return cls.fields[i]

    def __contains__(cls, x):
        return x in cls.fields

    def __repr__(cls):
        return f"<Ordered {cls.__name__}>"

    @property
    def field_count(cls):
        return len(cls.fields)


class Point(metaclass=Ordered, flag=True):
    fields = ["x", "y"]

print(Point.preset, len(Point), list(Point), Point[1], "x" in Point, "z" in Point)
print(repr(Point), Point.field_count)
print(Point.mro())


def functional_meta(name, bases, ns):
    ns["made_by"] = "function"
    return type(name, bases, ns)


class F(metaclass=functional_meta):
    pass

print(F.made_by, type(F))

D = Registry("D", (Plugin,), {"x": 1})
print(type(D).__name__, D.x, "D" in Registry.classes, D.tag)

class A(type): pass
class B(type): pass
class X(metaclass=A): pass
class Y(metaclass=B): pass
try:
    class Z(X, Y): pass
except TypeError as e:
    print("TypeError:", e)

class AA(A): pass
class W(X, metaclass=AA): pass
print(type(W).__name__)
class V(W): pass
print(type(V).__name__)
try:
    object.__new__(Registry)
except TypeError as e:
    print(e)
print(type.__call__(Video).play())
