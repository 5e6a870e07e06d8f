from typing import Any, Callable, Dict, List, Optional, Tuple, TypeVar, Union

T = TypeVar('T')
Handler = Callable[[str], None]

def register(registry: Dict[str, List[Handler]], event: str, handler: Handler) -> None:
    registry.setdefault(event, []).append(handler)

def fire(registry: Dict[str, List[Handler]], event: str, payload: str) -> int:
    handlers = registry.get(event, [])
    for h in handlers:
        h(payload)
    return len(handlers)

def first(items: List[T], default: Optional[T] = None) -> Optional[T]:
    return items[0] if items else default

def make_logger(prefix: str) -> Handler:
    def log(msg: str) -> None:
        print(prefix + msg)
    return log

reg: Dict[str, List[Handler]] = {}
register(reg, 'save', make_logger('A: '))
register(reg, 'save', make_logger('B: '))
print(fire(reg, 'save', 'doc.txt'), fire(reg, 'load', 'x'))
print(first([3, 4]), first([], 'none'))
def pair(x: Union[int, str]) -> Tuple[Any, Any]:
    return (x, x)
print(pair(1), register.__annotations__['event'], first.__annotations__['default'])
