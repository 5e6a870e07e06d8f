class Meta(type):
    def __new__(mcs, name, bases, ns, **kwargs):
        print("Meta.__new__", name, sorted(k for k in ns if not k.startswith("__")), kwargs)
        return super().__new__(mcs, name, bases, ns, **kwargs)

    def __call__(cls, *args, **kwargs):
        print("calling", cls.__name__, args, kwargs)
        obj = super(Meta, cls).__call__(*args, **kwargs)
        obj.created_by_meta = True
        return obj


class Base(metaclass=Meta):
    def __init_subclass__(cls, /, flavor="plain", **kwargs):
        super().__init_subclass__(**kwargs)
        cls.flavor = flavor

    def __init__(self, x=0):
        self.x = x


class Child(Base, flavor="spicy"):
    pass


c = Child(5)
print(c.x, c.created_by_meta, Child.flavor, type(Child).__name__)
print(repr(Meta), repr(Child).startswith("<class '__main__.Child'>"))
print(Child.__class__ is Meta, Meta.__class__ is type, type(Meta))
print(issubclass(Meta, type), isinstance(Child, Meta), isinstance(c, Meta))


class Counted(type):
    count = 0

    def __init__(cls, *args):
        super().__init__(*args)
        Counted.count += 1
        cls.serial = Counted.count


class P(metaclass=Counted): pass
class Q(P): pass
print(P.serial, Q.serial, Counted.count)


class Field:
    def __init__(self, kind):
        self.kind = kind
    def __set_name__(self, owner, name):
        self.name = name


class ModelMeta(type):
    def __new__(mcs, name, bases, ns):
        fields = {k: v for k, v in ns.items() if isinstance(v, Field)}
        ns["_fields"] = fields
        cls = super().__new__(mcs, name, bases, ns)
        return cls


class Model(metaclass=ModelMeta):
    def __init__(self, **kw):
        for k, v in kw.items():
            if k not in self._fields:
                raise TypeError(f"unknown field {k!r}")
            setattr(self, k, v)

    def __repr__(self):
        args = ", ".join(f"{k}={getattr(self, k)!r}" for k in self._fields)
        return f"{type(self).__name__}({args})"


class User(Model):
    name = Field(str)
    age = Field(int)


print(User(name="ann", age=3))
print(User.name.name, list(User._fields))
try:
    User(nick="x")
except TypeError as e:
    print(e)

class Strict(type):
    def __setattr__(cls, key, value):
        raise AttributeError(f"{cls.__name__} is frozen")

class Frozen(metaclass=Strict):
    a = 1
try:
    Frozen.a = 2
except AttributeError as e:
    print(e)
print(Frozen.a)
print(type("T", (), {}).__class__, type(type))
Meta.__call__(Child, 7)
print(hasattr(Child, "mro"), Child.__name__)
