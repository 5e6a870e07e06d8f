# A caching decorator annotated with ParamSpec, as typed libraries write them: P.args and
# P.kwargs in annotations, and their reprs.
from __future__ import annotations

from functools import wraps
from typing import Callable, ParamSpec, TypeVar, get_type_hints

P = ParamSpec("P")
R = TypeVar("R")


def memoize(func: Callable[P, R]) -> Callable[P, R]:
    cache: dict[tuple, R] = {}

    @wraps(func)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        key = (args, tuple(sorted(kwargs.items())))
        if key not in cache:
            cache[key] = func(*args, **kwargs)
        return cache[key]

    wrapper.cache = cache
    return wrapper


@memoize
def area(w: int, h: int = 1) -> int:
    print("computing", w, h)
    return w * h


print(area(2, 3), area(2, 3), area(2, h=3), area(4))
print(len(area.cache), area.__name__)
print(P, P.args, P.kwargs, repr(P.args), P.args == P.args, P.args.__origin__ is P)
Q = ParamSpec("Q")
print(P.args == Q.args, P.kwargs.__origin__ is P, Q.kwargs)
print(area.__wrapped__.__annotations__)
