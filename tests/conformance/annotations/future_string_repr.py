# Under `from __future__ import annotations` a string annotation is kept as
# its repr (CPython unparses the constant), other annotations as written.
from __future__ import annotations

from typing import List, get_type_hints


def f(a: int, b: "str" = "x", c: 'it''s' = 1) -> "List[int]":
    pass


class C:
    name: "str"
    size: int = 0


x: "C" = C()
print(f.__annotations__)
print(C.__annotations__, __annotations__)
print(get_type_hints(C))
