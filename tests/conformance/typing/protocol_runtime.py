# isinstance() and issubclass() against @runtime_checkable protocols check
# members structurally; other protocols refuse the check, and none can be
# instantiated. int and float have the conversion methods SupportsInt & co ask.
from typing import Protocol, runtime_checkable, SupportsInt, SupportsIndex, TypeVar, Generic, Iterable, SupportsAbs
from abc import abstractmethod
T = TypeVar('T')
@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...
@runtime_checkable
class Named(Protocol):
    name: str
    def greet(self) -> str: ...
class Sized(Protocol):
    def __len__(self) -> int: ...
class F:
    def close(self): pass
class N:
    name = "x"
    def greet(self): return "hi"
class NoneClose:
    close = None
print(isinstance(F(), Closer), isinstance(1, Closer), issubclass(F, Closer), issubclass(int, Closer), isinstance(NoneClose(), Closer))
print(isinstance(N(), Named), isinstance(F(), Named))
try:
    issubclass(N, Named)
except TypeError as e:
    print(e)
try:
    isinstance([], Sized)
except TypeError as e:
    print(e)
try:
    Closer()
except TypeError as e:
    print(e)
try:
    runtime_checkable(F)
except TypeError as e:
    print(str(e)[:50])
class Impl(Closer):
    pass
print(isinstance(Impl(), Closer), Impl().close())
print(isinstance(3, SupportsInt), isinstance("x", SupportsInt), isinstance(3, SupportsIndex), isinstance(2.5, SupportsIndex), issubclass(float, SupportsAbs))
@runtime_checkable
class Box(Protocol[T]):
    def get(self) -> T: ...
class B:
    def get(self): return 1
print(isinstance(B(), Box), isinstance(1, Box))
class Comparable(Protocol):
    @abstractmethod
    def __lt__(self, other) -> bool: ...
class C(Comparable):
    def __lt__(self, o): return True
print(C() < C(), Comparable.__name__)
class Ext(Closer, Protocol):
    def flush(self): ...
print(runtime_checkable(Ext) is Ext, isinstance(F(), Ext))
