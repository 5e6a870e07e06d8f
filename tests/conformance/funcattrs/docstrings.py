def f():
    """Does f things."""
    return 1


def g():
    x = 1
    "not a docstring"
    return x


class C:
    """Class doc."""

    def m(self):
        "method doc"


print(f.__doc__, g.__doc__, C.__doc__, C.m.__doc__, C().m.__doc__)
f.__doc__ = "changed"
print(f.__doc__)
del f.__doc__
print(f.__doc__)
print((lambda: 0).__doc__)
