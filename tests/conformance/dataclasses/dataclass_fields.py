from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass
from typing import List, ClassVar

@dataclass
class Inventory:
    name: str
    items: List[str] = field(default_factory=list)
    total: ClassVar[int] = 0
    secret: str = field(default='hidden', repr=False)
    computed: int = field(init=False, default=0)

a = Inventory('a')
b = Inventory('b', ['x'])
a.items.append('apple')
print(a, b, a.items is not Inventory('c').items, Inventory.total)
print([f.name for f in fields(Inventory)], asdict(b), astuple(b))
print(replace(b, name='b2'), is_dataclass(a), is_dataclass(Inventory), is_dataclass(5))
print(Inventory.__doc__)
try:
    @dataclass
    class Bad:
        tags: list = []
except ValueError as e:
    print(e)
try:
    @dataclass
    class Bad2:
        a: int = 1
        b: int
except TypeError as e:
    print(e)
