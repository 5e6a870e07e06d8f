# f'{x}' with no format spec is format(x, ''): a class's own __format__
# runs, for plain classes and for subclasses of builtin types alike.
class A(dict):
    def __format__(self, spec):
        return "A:" + spec


class B:
    def __format__(self, spec):
        return "B:" + spec


class C:
    def __str__(self):
        return "C-str"


class D(int):
    def __format__(self, spec):
        return "D[" + spec + "]"


print(f"{A()}", f"{A():x}", f"{B()}", f"{B()!s:.3}", f"{C()}", f"{C()!s:>6}")
print(f"{D(5)}", f"{D(5):03}", f"{D(5)!r}", format(B(), ""), "{}".format(B()))


class Bad:
    def __format__(self, spec):
        return 42


try:
    print(f"{Bad()}")
except TypeError as e:
    print("TypeError:", e)
