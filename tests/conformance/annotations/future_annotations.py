"""A module with postponed annotations."""
from __future__ import annotations
import __future__
from dataclasses import dataclass, fields
from typing import get_type_hints

class Node:
    value: int
    next: Node | None = None
    def link(self, other: Node) -> Node:
        self.next = other
        return self

def f(a: UndefinedName, b: list[int] = []) -> dict[str, int]:
    return {}

print(f.__annotations__)
print(Node.__annotations__, Node.link.__annotations__)
print(__future__.annotations.compiler_flag == __future__.CO_FUTURE_ANNOTATIONS)

@dataclass
class Point:
    x: int
    y: int = 0
print(Point(1), [(f.name, f.type) for f in fields(Point)])
print(get_type_hints(Node.link))
x: SomethingUndefined = 5
print(__annotations__)
