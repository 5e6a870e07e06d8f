# A metaclass's operators apply to its classes (class | class, class + 1,
# 1 + class), before PEP 604's union; without one, | is the union.
class Meta(type):
    def __or__(cls, other):
        return "%s or %s" % (cls.__name__, getattr(other, "__name__", other))

    def __ror__(cls, other):
        return "%s ror %s" % (cls.__name__, other)

    def __add__(cls, n):
        return cls.__name__ * n

    def __radd__(cls, n):
        return n * 10

    def __getitem__(cls, key):
        return (cls.__name__, key)


class A(metaclass=Meta):
    pass


class B:
    pass


print(A | int, A | None, 3 | A, None | A)
print(A + 2, 5 + A, A["k"])
print(B | int, int | B, B | A)
x = B
x |= None
print(x, type(x).__name__)
try:
    B + 1
except TypeError as e:
    print(e)


class Checker:
    """Any object whose class has __instancecheck__ may be isinstance's second argument."""

    def __instancecheck__(self, obj):
        return isinstance(obj, int) and obj > 10

    def __subclasscheck__(self, cls):
        return cls is bool


print(isinstance(11, Checker()), isinstance(3, Checker()), issubclass(bool, Checker()),
      issubclass(int, Checker()))
try:
    isinstance(1, object())
except TypeError as e:
    print(e)
