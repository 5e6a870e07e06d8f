# After __new__ is set on a class and deleted again, calling the class with arguments goes
# to object.__new__, which refuses them (as in CPython, where the class keeps a slot that
# calls __new__); subclasses, made before or after, do the same. Without arguments it works.
class Base:
    def __init__(self, *args):
        self.args = args
class Sub(Base):
    pass
def make(cls, *args):
    return object.__new__(cls)
Base.__new__ = make
print(Base(1).args, Sub(2, 3).args)
del Base.__new__
class Later(Base):
    pass
for cls in (Base, Sub, Later):
    try:
        cls(1)
        print(cls.__name__, "made")
    except TypeError as e:
        print(cls.__name__, "TypeError:", e)
    print(cls.__name__, cls().args)
class InBody:
    def __new__(cls, *args):
        return super().__new__(cls)
    def __init__(self, *args):
        self.args = args
print(InBody(1, 2).args)
del InBody.__new__
try:
    InBody(1, 2)
except TypeError as e:
    print("TypeError:", e)
class Plain:
    def __init__(self, v):
        self.v = v
print(Plain(4).v)
try:
    del Plain.__new__
except AttributeError as e:
    print("AttributeError:", e)
print(Plain(5).v)
