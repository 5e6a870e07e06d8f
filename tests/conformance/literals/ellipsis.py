x = ...
print(x, repr(...), type(...).__name__, ... is Ellipsis, Ellipsis, type(Ellipsis)() is ...)
def stub(a): ...
print(stub(1))
from typing import Callable, Tuple
print(Callable[..., int], Tuple[int, ...])
class P:
    def m(self): ...
print(P().m(), [...], {...: 1}[...], bool(...), ... == ..., hash(...) == hash(...))
try:
    class E(type(...)): pass
except TypeError as e:
    print(e)
print(tuple[int, ...], list[...])
