# singledispatch's @register reads the first parameter's annotation even when it is a string
# (from __future__ import annotations), and a union registers each of its classes.
from __future__ import annotations
import functools
@functools.singledispatch
def show(x):
    return 'object'
@show.register
def _(x: int) -> str:
    return 'int'
@show.register
def _(x: list) -> str:
    return 'list'
@show.register
def _(x: float | complex):
    return 'float or complex'
@show.register(str)
def _(x):
    return 'str'
print(show(1), show([1]), show('s'), show(2.5), show(1j), show(None), show(True))
print(sorted(k.__name__ for k in show.registry))
class Shape:
    @functools.singledispatchmethod
    def scale(self, by):
        return 'generic'
    @scale.register
    def _(self, by: int):
        return 'int %d' % by
print(Shape().scale(2), Shape().scale('x'))
