# cached_property on objects it cannot cache in: CPython's TypeErrors
from functools import cached_property


def attempt(name, fn):
    try:
        print(name, "->", fn())
    except Exception as e:
        print(name, "->", type(e).__name__, e)


class Slotted:
    __slots__ = ("x",)

    @cached_property
    def v(self):
        return 1


class SlottedDict:
    __slots__ = ("__dict__",)

    @cached_property
    def v(self):
        return 2


class Meta(type):
    @cached_property
    def meta(cls):
        return cls.__name__


class WithMeta(metaclass=Meta):
    pass


class Counting:
    calls = 0

    @cached_property
    def v(self):
        Counting.calls += 1
        return Counting.calls


attempt("slots only", lambda: Slotted().v)
attempt("slots with __dict__", lambda: SlottedDict().v)
attempt("on a metaclass", lambda: WithMeta.meta)
c = Counting()
attempt("computed once", lambda: (c.v, c.v, Counting.calls))
del c.v
attempt("again after del", lambda: c.v)
attempt("unbound", lambda: cached_property(lambda self: 1).__get__(Counting(), Counting))


def two_names():
    class B:
        x = cached_property(lambda self: 1)
        y = x


attempt("two names", two_names)
