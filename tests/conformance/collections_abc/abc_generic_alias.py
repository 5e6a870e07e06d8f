# The collections.abc classes are subscriptable as in CPython (PEP 585):
# Sequence[int] is a types.GenericAlias, also inside | unions and annotations;
# Sized and Hashable are not.
import collections.abc as c
import typing
print(c.Sequence[int], c.Mapping[str, int], c.Iterable["X"], c.Iterator[int] | None, c.KeysView[str])
print(c.MutableSequence[int].__origin__ is c.MutableSequence, c.Set[int].__args__)
try:
    c.Sized[int]
except TypeError as e:
    print(e)
try:
    c.Hashable[int]
except TypeError as e:
    print(e)
def f(xs: c.Sequence[int] | None = None) -> c.Iterator[str]: ...
print(f.__annotations__)
print(typing.get_origin(c.Sequence[int]), typing.get_args(c.Mapping[str, int]))
print(list[int] | c.Sequence["P"] | list[int | c.Sequence["P"]])
