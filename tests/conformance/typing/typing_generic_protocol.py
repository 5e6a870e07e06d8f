from typing import Generic, TypeVar, Protocol, List, runtime_checkable

T = TypeVar('T')
K = TypeVar('K', covariant=True)
N = TypeVar('N', bound=int)

class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()

s = Stack[int]()
s.push(1); s.push(2)
print(s.pop(), s.items, type(s).__name__)
print(Stack[int], Stack[str] == Stack[str], Stack.__parameters__)
print(T, K, N, N.__bound__, T.__name__)

@runtime_checkable
class Greeter(Protocol):
    def greet(self) -> str: return ''

class English:
    def greet(self) -> str:
        return 'hello'
def welcome(g: Greeter) -> str:
    return g.greet()
print(welcome(English()))
