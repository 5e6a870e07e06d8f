from typing import Callable, Tuple, Any, Protocol

Handler = Callable[..., int]
Pair = Tuple[int, ...]
print(Handler, Pair, Callable[[], None], Tuple[Any, ...])

class Reader(Protocol):
    def read(self, n: int = ...) -> str: ...

def run(h: Handler, *args: Any) -> int:
    return h(*args)
print(run(lambda *a: sum(a), 1, 2, 3), Reader.read(None) is None)
