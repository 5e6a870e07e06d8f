# in the spirit of CPython's test_funcattrs
def b():
    "my docstring"
    return 3


print(b.__name__, b.__qualname__, b.__doc__, b.__defaults__, b.__kwdefaults__)
b.publish = 1
print(b.publish, b.__dict__)
b.__dict__["other"] = 2
print(b.other)
print(b.__module__, type(b.__code__).__name__)


def outer():
    a = 1

    def inner():
        return a
    return inner


f = outer()
print(len(f.__closure__), type(f.__closure__[0]).__name__, f.__code__.co_freevars)
try:
    f.__closure__ = None
except AttributeError as e:
    print(e)


class C:
    def m(self):
        pass


print(C.m.__name__, C().m.__name__, C().m.__func__ is C.m, C.m.__qualname__)
try:
    C().m.new_attr = 1
except AttributeError as e:
    print(e)
C.m.new_attr = 5
print(C().m.new_attr)
