# PEP 560: a class statement naming a subscripted generic (Base[int],
# MutableMapping[str, Any]) derives from its origin, keeps __orig_bases__,
# and any object with __mro_entries__ may stand for its bases.
from typing import Generic, TypeVar, List, Dict, Any, Union
from collections.abc import MutableMapping, Callable, Mapping
T = TypeVar("T")
class Ser(Generic[T]):
    def dump(self, x: T) -> str: return str(x)
class TSer(Ser[int]):
    pass
print(TSer.__mro__[1].__name__, TSer().dump(5), TSer.__orig_bases__)
class CID(MutableMapping[str, Any]):
    def __init__(self): self._d = {}
    def __getitem__(self, k): return self._d[k.lower()]
    def __setitem__(self, k, v): self._d[k.lower()] = v
    def __delitem__(self, k): del self._d[k.lower()]
    def __iter__(self): return iter(self._d)
    def __len__(self): return len(self._d)
c = CID(); c["A"] = 1; c.update(B=2)
print(dict(c), "a" in c, CID.__orig_bases__, isinstance(c, Mapping))
class L(List[int]): pass
print(L([1,2]), L.__bases__[0])
F = Callable[..., Any]
print(F, Callable[[int, str], bool])
try:
    class U(Union[int, str]): pass
except TypeError as e: print("TypeError", e)
class Weird:
    def __mro_entries__(self, bases): return (dict, )
class D(Weird()): pass
print(D.__bases__, D(a=1))
class Bad:
    def __mro_entries__(self, bases): return [dict]
try:
    class E(Bad()): pass
except TypeError as e: print("TypeError", e)
