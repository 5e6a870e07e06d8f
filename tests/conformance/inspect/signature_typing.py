# A signature prints typing's annotations without the module prefix, as CPython.
import inspect
from typing import Callable, Optional, List, Dict, Any


def register(cb: Callable[[int], int], tags: Optional[List[str]] = None,
             extra: Dict[str, Any] = {}, n: int = 1) -> Callable[..., Any]:
    def run(x):
        return cb(x) * n
    return run


print(inspect.signature(register))
print(inspect.signature(register(lambda v: v + 1)))
print(register(lambda v: v + 1, n=3)(4))
