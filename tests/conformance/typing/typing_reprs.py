from typing import *

class Node: pass
T = TypeVar('T')
print(List[int], Dict[str, List[int]], Tuple[int, str], Tuple[()], Set[Node])
print(Optional[int], Union[int, str], Union[int, None], Union[int], Union[int, str, None])
print(Callable[[int, str], bool], Callable, Any, T, Type[Node], Iterable[T])
print(Literal['a', 1], ClassVar[int], Final[int], Annotated[int, 'meta'])
print(Sequence[int], Mapping[str, int], Iterator[int], Generator[int, None, None])
print(List[int] == List[int], Union[int, str] == Union[str, int], Optional[int] == Union[int, None])
